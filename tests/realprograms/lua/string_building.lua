-- Building strings: concatenation in loops, table.concat buffers, string.rep, and a checksum of the results.
local parts = {}
for i = 1, 20000 do parts[#parts + 1] = tostring(i) end
local joined = table.concat(parts, ",")
print(#joined, joined:sub(1, 20), joined:sub(-20))
local s = ""
for i = 1, 2000 do s = s .. string.char(97 + i % 26) end
print(#s, s:sub(1, 30))
local function hash(str)
  local h = 5381
  for i = 1, #str do h = (h * 33 + str:byte(i)) & 0xFFFFFFFF end
  return h
end
print(hash(joined), hash(s))
local buf = {}
for line = 1, 500 do buf[#buf + 1] = string.format("%05d|%-10s|%8.3f", line, ("x"):rep(line % 10), line / 7) end
local text = table.concat(buf, "\n")
print(#text, hash(text))
print(#string.rep("abc", 100000, ";"), hash(string.rep("ab", 1000)))
local words = {}
for w in text:gmatch("%d+%.%d+") do words[#words + 1] = w end
print(#words, words[1], words[#words])
local up = text:upper():lower():reverse():reverse()
print(up == text, #text:gsub("x", "yy"))
