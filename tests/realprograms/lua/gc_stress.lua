-- The collector under stress: many short-lived objects, strings, closures and tables, with checks of survivors.
collectgarbage("incremental", 120, 300)
local live = {}
local checksum = 0
for round = 1, 20 do
  for i = 1, 5000 do
    local s = ("k" .. i .. ":" .. round):rep(2)
    local t = { s, i, function() return i + round end }
    if i % 97 == 0 then live[#live + 1] = t end
    checksum = (checksum + #s + t[3]()) % 1000000007
  end
  if round % 5 == 0 then collectgarbage("step", 10) end
end
print(#live, checksum)
local sum = 0
for _, t in ipairs(live) do sum = sum + t[2] + t[3]() end
print(sum)
collectgarbage("generational")
local ring = {}
for i = 1, 200000 do ring[i % 1000] = { i } end
local total = 0
for k = 0, 999 do total = total + ring[k][1] end
print(total)
collectgarbage("incremental")
local strings = {}
for i = 1, 30000 do strings[i] = tostring(i * 7) .. "x" end
collectgarbage()
local acc = 0
for i = 1, #strings, 1000 do acc = acc + #strings[i] end
print(acc, strings[30000])
