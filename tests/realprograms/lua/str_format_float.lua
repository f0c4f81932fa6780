-- string.format's floating conversions: %f %e %g %G %E with precisions, and special values.
local values = { 0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-10, 123456789.123, 1e100, 2^53, 1/3, 5e-324, 1.7976931348623157e308 }
for _, v in ipairs(values) do
  print(string.format("%f|%.2f|%10.3f|%-12.1f|%e|%.3e|%E|%g|%.10g|%G|%#g|%+.1f", v, v, v, v, v, v, v, v, v, v, v, v))
end
print(string.format("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))
print(string.format("%.14g %.17g %.20f", 0.1, 0.1, 0.1))
print(string.format("%f %f %e %g", math.huge, -math.huge, math.huge, -math.huge))
print(string.format("%5.1f|%-8.3e|%08.2f|%+08.2f", 2.25, 12345.678, -3.14159, 3.14159))
print(string.format("%.99f", 1/3):len())
print(string.format("%g %g %g %g %g", 100000, 1000000, 1e-4, 1e-5, 123456789))
