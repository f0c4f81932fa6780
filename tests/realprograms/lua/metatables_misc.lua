-- To-be-closed variables, __pairs, __gc presence, __mode interplay and __close with errors.
local order = {}
local function closer(name) return setmetatable({}, { __close = function(_, err) order[#order + 1] = name .. ":" .. tostring(err) end }) end
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  local c <const> = 10
  order[#order + 1] = "body" .. c
end
print(table.concat(order, " "))
order = {}
print(pcall(function()
  local x <close> = closer("x")
  error("fail", 0)
end))
print(table.concat(order, " "))
print(pcall(function() local y <close> = 42 end))
local nilclose <close> = nil
local pt = setmetatable({}, { __pairs = function(t) return function(_, k) if not k then return 1, "one" elseif k < 3 then return k + 1, "n" .. (k + 1) end end, t, nil end })
for k, v in pairs(pt) do io.write(k, "=", v, " ") end
print()
local ipt = setmetatable({}, { __index = function(_, i) if i <= 3 then return i * 10 end end })
for i, v in ipairs(ipt) do io.write(i, "=", v, " ") end
print()
order = {}
for i = 1, 2 do
  local z <close> = closer("loop" .. i)
end
print(table.concat(order, " "))
local function f()
  local r <close> = closer("ret")
  return "value"
end
order = {}
print(f(), order[1])
