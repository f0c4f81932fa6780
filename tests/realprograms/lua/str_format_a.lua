-- string.format %a (hexadecimal floats), %q (Lua-readable quoting) and %s of various values.
for _, v in ipairs({ 1.0, 0.5, -2.75, 0.1, 1e300, 5e-324, 0.0, 255.5 }) do
  print(string.format("%a %A %.3a %.0a", v, v, v, v))
end
print(string.format("%q", 'he said "hi"\n\tand \0 left\\'))
print(string.format("%q", 1/3), string.format("%q", 42), string.format("%q", math.mininteger))
print(string.format("%q", 1.5), string.format("%q", math.huge), string.format("%q", -math.huge))
print(string.format("%q", "\r\n\27[0m\200"))
print(load("return " .. string.format("%q", "round\ntrip\0!"))() == "round\ntrip\0!")
print(load("return " .. string.format("%q", 0.1))() == 0.1)
print(pcall(string.format, "%q", {}))
print(string.format("%s %s %s", 1, 1.0, -0.0))
print(pcall(string.format, "%10q", "x"))
print(pcall(string.format, "%", 1))
print(pcall(string.format, "%y", 1))
