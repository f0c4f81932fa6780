-- How numbers print: integer vs float forms, %.14g rounding, exponents, negative zero, large and tiny values.
local values = { 0, -0, 0.0, -0.0, 1, 1.0, -1.5, 100, 1e2, 1e14, 1e15, 1e16, 1e100, -1e-100, 0.1, 1/3, 2^24, 2^53,
  2^63, -2^63, math.maxinteger, math.mininteger, 123456789012, 1234567890123456789, 0.000001, 1e-7, 3.14159265358979,
  100 / 2, 7 // 2, 7.0 // 2, 2^-1074, 1.7976931348623157e308, 255 / 256, 1e15 + 0.5 }
local out = {}
for _, v in ipairs(values) do out[#out + 1] = tostring(v) end
print(table.concat(out, " "))
print(0x10, 0xA.8p0, 0x.1p4, 1E2, .5, 3., 0x7fffffffffffffff + 0.0)
print(string.format("%.14g", 2^63), math.tointeger(2^53), 2^53 | 0)
print(-2^63 == math.mininteger, 2^63 == math.maxinteger + 1.0)
print(8 // 3, 8.0 // 3, -8 // 3, 8 % -3, -8 % 3.0, 2^2, 10 / 2)
