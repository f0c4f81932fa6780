-- Control flow: numeric for with integer and float steps and edges, while, repeat, goto continue, break.
local out = {}
for i = 1, 3 do out[#out + 1] = i end
for i = 3, 1, -1 do out[#out + 1] = i end
for i = 1, 2, 0.5 do out[#out + 1] = i end
for i = 1.0, 3 do out[#out + 1] = i end
for i = 10, 1 do out[#out + 1] = "never" end
print(table.concat(out, " "))
local n = 0
for i = math.maxinteger - 2, math.maxinteger do n = n + 1 end
for i = math.mininteger, math.mininteger + 2 do n = n + 1 end
for i = math.mininteger + 2, math.mininteger, -1 do n = n + 1 end
print(n)
for i = 1, 3 do local j = i * 2; i = j; out[i] = j end
local i = 1
while true do i = i * 2; if i > 1000 then break end end
print(i)
local k = 0
repeat local stop = k >= 5; k = k + 1 until stop
print(k)
local odds = {}
for x = 1, 10 do
  if x % 2 == 0 then goto continue end
  odds[#odds + 1] = x
  ::continue::
end
print(table.concat(odds, ","))
do
  local a = 0
  ::top::
  a = a + 1
  if a < 5 then goto top end
  print(a)
end
local found
for x = 1, 10 do for y = 1, 10 do if x * y == 42 then found = x .. "x" .. y; goto done end end end
::done::
print(found)
print(pcall(load("for i = 1, 10, 0 do end")))
for v = 0.1, 0.35, 0.1 do io.write(string.format("%.1f ", v)) end
print()
local function classify(v)
  if v < 0 then return "neg" elseif v == 0 then return "zero" elseif v < 10 then return "small" else return "big" end
end
print(classify(-1), classify(0), classify(5), classify(50))
print(1 and 2, nil and 1, false or "x", nil or false, not nil, not 0)
