-- __index and __newindex: defaults, inheritance chains, proxies, rawget/rawset, read-only tables.
local defaults = setmetatable({}, { __index = function(t, k) return k .. "?" end })
print(defaults.foo, defaults[1], rawget(defaults, "foo"))
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound) return setmetatable({ name = name, sound = sound }, Animal) end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, { __index = Animal })
Dog.__index = Dog
function Dog.new(name) local d = Animal.new(name, "woof"); return setmetatable(d, Dog) end
function Dog:kind() return "dog" end
local d = Dog.new("Rex")
print(d:speak(), d:kind(), Animal.kind(d), getmetatable(d) == Dog)
local log = {}
local function proxy(t)
  return setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "get " .. tostring(k); return t[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "set " .. tostring(k); t[k] = v end,
  })
end
local real = {}
local pr = proxy(real)
pr.a = 1; pr.b = pr.a + 1; local _ = pr.c
print(real.a, real.b, table.concat(log, ","))
local ro = setmetatable({}, { __index = { x = 1 }, __newindex = function(t, k) error("read-only " .. k, 2) end })
print(ro.x, pcall(function() ro.y = 2 end))
local t = setmetatable({}, { __newindex = function(t, k, v) rawset(t, k, v * 2) end })
t.a = 5; t.a = 7
print(t.a)
local chain = setmetatable({}, { __index = setmetatable({ lvl2 = 2 }, { __index = { lvl3 = 3 } }) })
print(chain.lvl2, chain.lvl3, chain.none)
local protected = setmetatable({}, { __metatable = "locked" })
print(getmetatable(protected), pcall(setmetatable, protected, {}))
print(getmetatable("abc").__index == string, ("x"):upper())
local counts = setmetatable({}, { __index = function() return 0 end })
for _, w in ipairs({ "a", "b", "a", "c", "a" }) do counts[w] = counts[w] + 1 end
print(counts.a, counts.b, counts.c, counts.d)
