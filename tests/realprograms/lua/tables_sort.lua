-- table.sort: default order, comparators, strings, large arrays, and an invalid order function.
local t = { 5, 2, 8, 1, 9, 3, 7, 4, 6, 0 }
table.sort(t); print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end); print(table.concat(t, " "))
local words = { "pear", "Apple", "banana", "apple", "Banana", "cherry" }
table.sort(words); print(table.concat(words, " "))
table.sort(words, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
print(table.concat(words, " "))
local recs = {}
for i = 1, 50 do recs[i] = { id = i, key = (i * 37) % 11 } end
table.sort(recs, function(a, b) if a.key ~= b.key then return a.key < b.key end return a.id < b.id end)
local out = {}
for i = 1, 12 do out[i] = recs[i].key .. ":" .. recs[i].id end
print(table.concat(out, " "))
local big, seed = {}, 12345
for i = 1, 20000 do seed = (seed * 1103515245 + 12345) % 2147483648; big[i] = seed end
table.sort(big)
local ok = true
for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[20000])
local floats = { 3.5, -1, 2, 2.5, -0.5, 10 }
table.sort(floats); print(table.concat(floats, " "))
print(pcall(table.sort, { 3, 1, "x" }))
local r = { 3, 1, 2 }
print(pcall(table.sort, r, function(a, b) return true end))
