-- Floating arithmetic and its printing: %.14g, -0.0, infinities, NaN, floor division and fmod.
print(1/3, 2/3, 0.1 + 0.2, 1e15, 1e16, 123456789012345.0, 2^53, 2^63, -2^63)
print(-0.0, 0.0, 1/0, -1/0, 1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2)
print(3.0, -3.0, 3.5 // 1, -3.5 // 1, 3.5 % 1, -3.5 % 1, 5.25 % -2, -5.25 % 2)
print(7.0 // 2, 7 // 2.0, 7 / 2, 2^-1, 2^0.5, (-8)^(1/3) ~= (-8)^(1/3))
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2), math.floor(2^62))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), pcall(math.fmod, 1, 0))
print(math.fmod(1, 0.0), math.modf(3.7), math.modf(-3.7), math.modf(math.huge))
print(1e300 * 1e300 == math.huge, -(0/0) ~= -(0/0), math.huge - math.huge ~= 0)
local x = 0.0
for i = 1, 100 do x = x + 0.01 end
print(x, x == 1.0, string.format("%.17g", x))
print(100000000000000, 1e14, 10 // 3 * 3.0, 2^31, 2^31 | 0)
print(8 % 3.5, 2^1023 * 2, -2^1023 * 2, 1e-320 * 1e10)
