-- Strings: formatting, concatenation through table buffers, pattern matching and hashing of the result.
local n = tonumber(arg[1]) or 200000
local parts = {}
for i = 1, n do parts[#parts + 1] = string.format("%d:%s:%.3f", i, ("x"):rep(i % 8), i / 7) end
local text = table.concat(parts, ",")
local count = 0
for _ in text:gmatch("%d+%.%d+") do count = count + 1 end
local h = 5381
for i = 1, #text, 7 do h = (h * 33 + text:byte(i)) & 0xFFFFFFFF end
print(#text, count, h, #text:gsub("x", "yz"))
