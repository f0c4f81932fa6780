-- Nested tables: matrices, a deep copy, sorted-key serialization (no dependence on hash order).
local function serialize(v, indent)
  indent = indent or ""
  if type(v) ~= "table" then return type(v) == "string" and string.format("%q", v) or tostring(v) end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) == type(b) then return a < b end
    return type(a) == "number"
  end)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = indent .. "  [" .. serialize(k) .. "] = " .. serialize(v[k], indent .. "  ") end
  return "{\n" .. table.concat(parts, ",\n") .. "\n" .. indent .. "}"
end
local function copy(v)
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do c[k] = copy(x) end
  return c
end
local data = { name = "root", list = { 1, 2, { 3, 4 } }, map = { b = 2, a = 1, [3] = "three" }, flag = true }
local c = copy(data)
c.list[3][1] = 99
print(serialize(data))
print(serialize(c.list))
local function matmul(a, b)
  local r = {}
  for i = 1, #a do
    r[i] = {}
    for j = 1, #b[1] do
      local s = 0
      for k = 1, #b do s = s + a[i][k] * b[k][j] end
      r[i][j] = s
    end
  end
  return r
end
local m = { { 1, 2 }, { 3, 4 } }
local p = m
for _ = 1, 10 do p = matmul(p, m) end
print(p[1][1], p[1][2], p[2][1], p[2][2])
local grid = {}
for y = 1, 5 do grid[y] = {} for x = 1, 5 do grid[y][x] = (x * y) % 3 end end
for y = 1, 5 do print(table.concat(grid[y], "")) end
