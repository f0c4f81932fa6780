-- Metamethods for operators: arithmetic, comparison, concatenation, length, call, tostring, unary minus.
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({ x = x, y = y }, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__unm = function(a) return vec(-a.x, -a.y) end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
V.__lt = function(a, b) return a.x * a.x + a.y * a.y < b.x * b.x + b.y * b.y end
V.__le = function(a, b) return not (b < a) end
V.__len = function(a) return math.sqrt(a.x * a.x + a.y * a.y) end
V.__tostring = function(a) return "(" .. a.x .. ", " .. a.y .. ")" end
V.__concat = function(a, b) return tostring(a) .. tostring(b) end
V.__call = function(self, k) return self[k] end
V.__idiv = function(a, n) return vec(a.x // n, a.y // n) end
V.__mod = function(a, n) return vec(a.x % n, a.y % n) end
V.__band = function(a, b) return "band" end
V.__shl = function(a, b) return "shl" end
V.__bnot = function(a) return "bnot" end
local a, b = vec(1, 2), vec(3, 4)
print(tostring(a + b), tostring(a - b), a * b, tostring(2 * a), tostring(a * 3), tostring(-a))
print(a == vec(1, 2), a ~= b, a < b, a <= b, a > b, #b)
print(a .. b, a .. "!", "?" .. b)
print(a("x"), b("y"), tostring(vec(7, 9) // 2), tostring(vec(7, 9) % 4))
print(a & 1, 1 << a, ~a)
print(pcall(function() return a / b end))
print(pcall(function() return {} < {} end))
local mt = { __eq = function() return true end }
local p, q = setmetatable({}, mt), setmetatable({}, mt)
print(p == q, rawequal(p, q), p == 1)
print(setmetatable({}, { __tostring = function() return "custom" end }))
print(pcall(tostring, setmetatable({}, { __tostring = function() return 1 end })))
print(tostring(setmetatable({}, { __name = "MyType" })):match("^MyType: ") ~= nil)
