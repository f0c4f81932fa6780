-- pcall, xpcall and error: levels, positions, non-string errors, handlers and nested protection.
print(pcall(error, "plain"))
print(pcall(error, "no position", 0))
print(pcall(function() error("level 1") end))
local function thrower() error("level 2", 2) end
print(pcall(function() thrower() end))
print(select(2, pcall(error, { code = 1 })).code)
print(pcall(error, nil))
print(pcall(error))
print(select("#", pcall(error)))
print(xpcall(function() error("handled") end, function(m) return "H:" .. m end))
print(xpcall(function(a, b) return a + b end, print, 3, 4))
print(xpcall(function() local x = nil; return x.y end, function(m) return (m:gsub("^.-:%d+: ", "")) end))
print(pcall(pcall))
print(pcall(function()
  local ok, e = pcall(error, "inner")
  error("outer after " .. e, 0)
end))
local depth = 0
local function nest(n)
  if n == 0 then error("bottom", 0) end
  local ok, e = pcall(nest, n - 1)
  depth = depth + 1
  error(e .. "<" .. n, 0)
end
print(pcall(nest, 5), depth)
print(xpcall(error, function(m) error("in handler") end, "x"))
local t = setmetatable({}, { __index = function(_, k) error("no field " .. k) end })
print(pcall(function() return t.missing end))
print(pcall(string.rep))
print(pcall(("x").rep, "x", -1))
print(select(2, pcall(error, setmetatable({}, { __tostring = function() return "custom error" end }))))
