-- Basic string functions: length, case, repetition, reversal, bytes.
local s = "Hello, Lua 5.4!"
print(#s, s:len(), s:upper(), s:lower())
print(s:sub(1, 5), s:sub(-4), s:sub(8, -3), s:sub(100), s:sub(0), s:sub(-100, 2))
print(("ab"):rep(3), ("ab"):rep(3, "-"), ("x"):rep(0), ("x"):rep(-1))
print(s:reverse(), (""):reverse())
print(s:byte(1), s:byte(-1), s:byte(1, 3))
print(string.char(72, 105, 0, 33):len(), string.char(76, 117, 97))
print(("%d items"):format(3), ("abc") < ("abd"), ("Z") < ("a"), ("") < ("a"))
print(tostring(nil), tostring(true), tostring(12), tostring(1.5))
print(("  trim me  "):match("^%s*(.-)%s*$") .. "|")
local t = {}
for i = 1, 10 do t[#t + 1] = string.char(64 + i) end
print(table.concat(t), table.concat(t, ","), table.concat(t, "", 3, 5))
print("a\0b" == "a\0b", #"a\0b", ("a\0b"):byte(2))
print(("\65\066\x43\u{48}\z
       I"))
print([[long
string]], [==[with ]] inside]==])
