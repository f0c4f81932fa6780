-- string.dump and loading binary chunks: round trips, stripped debug information, upvalues, mode checks.
local function add(a, b) return a + b end
local dumped = string.dump(add)
print(type(dumped), dumped:sub(1, 4) == "\27Lua", dumped:byte(5))
local back = load(dumped, "=dumped", "b")
print(back(2, 3))
print(load(dumped, "=dumped", "t"))
local stripped = string.dump(add, true)
print(#stripped < #dumped, load(stripped)(10, 20))
local function withlocals(n) local sq = n * n; return sq + 1 end
print(load(string.dump(withlocals))(7))
local up = 10
local function useup() return up end
local loaded = load(string.dump(useup))
print(loaded() == _G)
debug.setupvalue(loaded, 1, 99)
print(loaded())
local function complex(t)
  local s = 0
  for k, v in ipairs(t) do s = s + k * v end
  local str = ("x"):rep(3) .. tostring(1.5) .. "\0nul"
  return s, str, 2^60, -0.0, math.pi
end
local c2 = load(string.dump(complex))
print(c2({ 1, 2, 3 }))
print(pcall(string.dump, print))
local bad = dumped:sub(1, 20)
print(load(bad))
local corrupted = dumped:sub(1, 5) .. "\1" .. dumped:sub(7)
print(load(corrupted))
print(load(string.dump(load("return ...")))(1, 2, 3))
