-- Integer arithmetic: wrap-around, floor division and modulo signs, bitwise operators and shifts.
local a, b = 17, 5
print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b, a // -b, a % -b, a / b, a ^ 2)
print(math.maxinteger + 1 == math.mininteger, math.mininteger - 1 == math.maxinteger, math.maxinteger * 2)
print(math.mininteger // -1, math.mininteger % -1, pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ~ 0x0F, ~0, 1 << 62, 1 << 63, 1 << 64, -1 >> 1, -1 >> 63, 5 << -1, 3 >> -2)
print(0x7fffffffffffffff, 0xffffffffffffffff, 0x10000000000000000 == 0, 9007199254740993)
print(math.ult(1, -1), math.ult(-1, 1), math.abs(math.mininteger), math.abs(-7))
print(7 // 0.0, -7 // 0.0, 0/0 ~= 0/0, 7 % math.huge, -7 % math.huge)
print(3 | 0, pcall(function() return 3.5 | 0 end))
print(pcall(function() return "10" | 1 end), "10" + 1, "0x10" * 1, "1e1" // 1)
local sum = 0
for i = 1, 1000 do sum = sum + i * i % 7 end
print(sum)
local h = 0
for i = 1, 10000 do h = (h * 31 + i) & 0xFFFFFFFF end
print(h)
