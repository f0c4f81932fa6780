-- The math library: elementary functions (printed to 10 significant digits), min/max, and seeded random.
local function p(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = type(t[i]) == "number" and string.format("%.10g", t[i]) or tostring(t[i]) end
  print(table.concat(t, " "))
end
p(math.pi, math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan(1, -1))
p(math.exp(1), math.log(10), math.log(8, 2), math.log(100, 10), math.log(2, 3), math.sqrt(2), math.sqrt(-1) ~= math.sqrt(-1))
p(math.max(3, 7, 1), math.min(3, 7, 1), math.max(1.5, 2), math.min(-0.0, 0.0), math.max(math.mininteger, 0))
p(math.abs(-2.5), math.huge, -math.huge, math.exp(710), math.log(0), math.sin(1e10))
print(pcall(math.max), pcall(math.floor, "x"))
math.randomseed(42)
local r = {}
for i = 1, 5 do r[i] = math.random(1, 100) end
print(table.concat(r, " "))
math.randomseed(42)
print(math.random(1, 100) == r[1], math.random(10), math.random(0) ~= nil, string.format("%.6f", math.random()))
math.randomseed(7, 3)
print(math.random(1000000), math.random(-10, 10), pcall(math.random, 2, 1))
print(math.floor(-0.0), math.ceil(-0.5), 1 / math.ceil(-0.5))
