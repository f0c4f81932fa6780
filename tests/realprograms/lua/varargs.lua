-- Varargs and multiple results: select, table.pack/unpack, adjustment to one value, trailing nils.
local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))
local function pass(...) return ... end
print(pass(1, 2, 3), (pass(1, 2, 3)))
print(select(2, "a", "b", "c"), select(-1, "a", "b", "c"), select(-2, "a", "b", "c"))
local function multi() return 1, 2, 3 end
local t = { multi(), multi() }
print(#t, table.concat(t, ","))
t = { multi(), (multi()) }
print(#t)
local a, b, c, d = multi()
print(a, b, c, d)
local function sum(...)
  local s = 0
  for _, v in ipairs({ ... }) do s = s + v end
  return s
end
print(sum(), sum(1), sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
local function tail(...) if select("#", ...) == 0 then return "end" end return tail(select(2, ...)) end
print(tail(1, 2, 3))
print(string.format("%d %s", multi()))
local many = {}
for i = 1, 250 do many[i] = i end
print(select("#", table.unpack(many)), sum(table.unpack(many)))
print(pcall(table.unpack, {}, 1, 1e7))
local function named(...) local arg = { n = select("#", ...), ... }; return arg.n, arg[arg.n] end
print(named(5, 6, 7))
print(math.max(table.unpack({ 3, 9, 2 })))
