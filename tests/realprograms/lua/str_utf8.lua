-- The utf8 library: char, codes, codepoint, len, offset and charpattern.
local s = utf8.char(72, 228, 8364, 128512, 0x7FFFFFFF)
print(#s, utf8.len(s), utf8.len("abc"), utf8.len("\xff"), utf8.len(s, 2))
for p, c in utf8.codes("aä€😀") do io.write(p, ":", c, " ") end
print()
print(utf8.codepoint("aä€", 1, -1))
print(utf8.offset("aä€😀", 3), utf8.offset("aä€😀", -1), utf8.offset("aä€😀", 0, 3))
print(pcall(utf8.codepoint, "\xff"))
print(("x€y"):match(utf8.charpattern, 2):byte(1, -1))
local n = 0
for _ in ("héllo wörld"):gmatch(utf8.charpattern) do n = n + 1 end
print(n, utf8.char(), utf8.len(""))
print(pcall(utf8.char, -1))
print(utf8.len("\u{7FF}\u{FFFF}\u{10FFFF}"), utf8.codepoint("\u{10FFFF}"))
