-- Conversions between strings, integers and floats; tonumber with bases; math.tointeger and math.type.
print(tonumber("42"), tonumber("  42  "), tonumber("42.0"), tonumber("0x2A"), tonumber("0x2A.8p1"), tonumber("1e2"))
print(tonumber("4 2"), tonumber(""), tonumber("0x"), tonumber("1e"), tonumber(".5"), tonumber("5."), tonumber("-.5e-3"))
print(tonumber("z", 36), tonumber("ff", 16), tonumber("777", 8), tonumber("102", 2), tonumber("-ZZ", 36))
print(tonumber("9223372036854775807"), tonumber("9223372036854775808"), tonumber("-9223372036854775808"))
print(tonumber("0x7fffffffffffffff"), tonumber("0xffffffffffffffff"), tonumber("1" .. ("0"):rep(30)))
print(tonumber("inf"), tonumber("nan"), tonumber("0x1p-1074"), tonumber("1e400"), tonumber("-1e400"))
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger("8"), math.tointeger(2^63), math.tointeger(-2^63))
print(math.type(1), math.type(1.0), math.type("1"), math.type(nil))
print(1 == 1.0, 2^53 == 2^53 + 1, math.maxinteger + 0.0 == math.maxinteger, math.maxinteger < math.maxinteger + 0.0)
print(1 < 1.5, -1 > -1.5, math.mininteger <= -2^63, 3 // 1 == 3.0)
print(10 .. "", 10.0 .. "", -0.0 .. "", 1e100 .. "", (2^63) .. "")
print(string.format("%.3f", "1.5"), "3" * "4", "3.0" + 1, math.type("3" * "4"), math.type("3.0" + 1))
print(pcall(function() return "abc" + 1 end))
print(tostring(1e15), tostring(1e16), tostring(-1e15), tostring(123456.789e3))
for _, s in ipairs({ "0x1.8p1", "0X.1P4", "1E+2", "  0x10  ", "0x1p", "1e+", "00012", "0b1" }) do
  io.write(tostring(tonumber(s)), " ")
end
print()
