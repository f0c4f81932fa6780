-- Table library basics: insert, remove, concat, pack/unpack, move, the length operator.
local t = { 10, 20, 30 }
table.insert(t, 40); table.insert(t, 1, 5)
print(#t, table.concat(t, ","))
print(table.remove(t), table.remove(t, 1), table.remove(t, 2), #t, table.concat(t, ","))
print(table.remove({}), #{}, #{ 1, 2, nil }, #{ n = 1 })
print(pcall(table.insert, t, 10, 1))
print(pcall(table.insert, t, 1, 2, 3))
local packed = table.pack(1, nil, 3)
print(packed.n, packed[1], packed[2], packed[3])
print(table.unpack({ 1, 2, 3 }), table.unpack({ 1, 2, 3 }, 2), table.unpack({ 1, 2, 3 }, 2, 5))
local m = table.move({ 1, 2, 3, 4, 5 }, 2, 4, 1)
print(table.concat(m, ","))
print(table.concat(table.move({ 1, 2, 3 }, 1, 3, 3, {}), ",", 3, 5))
print(pcall(table.concat, { 1, {}, 3 }))
local big = {}
for i = 1, 10000 do big[i] = i end
for i = 1, 5000 do big[#big] = nil end
print(#big, big[5000], big[5001])
local counts = { array = 0, hash = 0 }
local mixed = { 1, 2, 3, x = 1, y = 2, [10] = 10 }
for k in pairs(mixed) do
  if math.type(k) == "integer" then counts.array = counts.array + 1 else counts.hash = counts.hash + 1 end
end
print(counts.array, counts.hash)
print(next({}), type(next({ 1 })), rawlen({ 1, 2 }), rawlen("abc"), rawequal(t, t))
