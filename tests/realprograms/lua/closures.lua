-- Closures and upvalues: counters, shared upvalues, closures in loops, recursion through upvalues.
local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, get = counter()
inc(); inc(); inc()
print(get())
local inc2 = counter()
print(inc2(), get())
local fs = {}
for i = 1, 5 do fs[i] = function() return i * i end end
local out = {}
for i = 1, 5 do out[i] = fs[i]() end
print(table.concat(out, " "))
local shared = {}
do
  local x = 10
  shared.get = function() return x end
  shared.set = function(v) x = v end
end
shared.set(42); print(shared.get())
local function compose(...)
  local fns = { ... }
  return function(v)
    for i = #fns, 1, -1 do v = fns[i](v) end
    return v
  end
end
print(compose(function(x) return x + 1 end, function(x) return x * 2 end)(5))
local function memo(f)
  local cache = {}
  return function(n)
    local v = cache[n]
    if v == nil then v = f(n); cache[n] = v end
    return v
  end
end
local fib
fib = memo(function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(80))
local adders = {}
for _, k in ipairs({ 1, 10, 100 }) do adders[#adders + 1] = function(x) return x + k end end
print(adders[1](1), adders[2](1), adders[3](1))
local function curry(f, n, ...)
  local args = { ... }
  if #args >= n then return f(table.unpack(args)) end
  return function(...) local all = { table.unpack(args) }; for _, v in ipairs({ ... }) do all[#all + 1] = v end; return curry(f, n, table.unpack(all)) end
end
print(curry(function(a, b, c) return a * 100 + b * 10 + c end, 3)(1)(2)(3))
