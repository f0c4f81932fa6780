-- Coroutines as generators and pipelines: permutations, a producer/filter/consumer chain, tree walks.
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a)
  return coroutine.wrap(function() permgen(a) end)
end
local all = {}
for p in permutations({ 1, 2, 3 }) do all[#all + 1] = table.concat(p) end
table.sort(all); print(table.concat(all, " "))
local function producer() return coroutine.wrap(function() for i = 1, 20 do coroutine.yield(i) end end) end
local function filter(src, pred) return coroutine.wrap(function() for v in src do if pred(v) then coroutine.yield(v) end end end) end
local function map(src, f) return coroutine.wrap(function() for v in src do coroutine.yield(f(v)) end end) end
local out = {}
for v in map(filter(producer(), function(x) return x % 3 == 0 end), function(x) return x * x end) do out[#out + 1] = v end
print(table.concat(out, ","))
local tree = { value = 4, left = { value = 2, left = { value = 1 }, right = { value = 3 } }, right = { value = 6, left = { value = 5 } } }
local function walk(node)
  if node then walk(node.left); coroutine.yield(node.value); walk(node.right) end
end
local vals = {}
for v in coroutine.wrap(function() walk(tree) end) do vals[#vals + 1] = v end
print(table.concat(vals, " "))
local cos = {}
for i = 1, 100 do cos[i] = coroutine.create(function(x) local s = 0; while true do s = s + x; x = coroutine.yield(s) end end) end
local total = 0
for round = 1, 10 do for i = 1, 100 do local _, s = coroutine.resume(cos[i], i * round); total = total + s end end
print(total)
