-- string.format's integer conversions with flags, widths and precisions.
local values = { 0, 1, -1, 42, -42, 255, 65535, 2147483647, -2147483648, math.maxinteger, math.mininteger }
for _, v in ipairs(values) do
  print(string.format("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%x] [%X] [%#x] [%o] [%#o]",
    v, v, v, v, v, v, v, v, v, v, v, v))
end
print(string.format("%i %u", 7, 8))
print(string.format("%c%c%c", 76, 117, 97))
print(string.format("%10.4d|%-10.4d|", 12, 12))
print(string.format("%5s|%-5s|%.2s|%s", "ab", "ab", "abcdef", 12))
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.5))
print(pcall(string.format, "%d", "x"))
print(string.format("%x", -1), string.format("%5.1s|", "xyz"))
print(string.format("%%|%s|%s|%s", nil, true, false))
