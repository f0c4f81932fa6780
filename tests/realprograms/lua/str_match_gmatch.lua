-- string.match and gmatch: captures, position captures, balanced and frontier patterns.
print(("2024-05-17"):match("(%d+)-(%d+)-(%d+)"))
print(("hello world"):match("^(%w+)"), ("x=1, y=2"):match("y=(%d)"), ("abc"):match("()b()"))
print(("f(a(b)c)d"):match("%b()"), ("THE (quick) fox"):match("%f[%a]%a+", 5))
print(("  padded  "):match("^%s*(.-)%s*$"), ("no digits"):match("%d"))
local words = {}
for w in ("one two  three\tfour"):gmatch("%a+") do words[#words + 1] = w end
print(#words, table.concat(words, "|"))
for k, v in ("a=1, b=22, c=333"):gmatch("(%w+)=(%w+)") do io.write(k, ":", v, " ") end
print()
local n = 0
for pos in ("banana"):gmatch("()a") do n = n + pos end
print(n)
for a, b in ("[1][22][333]"):gmatch("%[(%d)(%d*)%]") do io.write(a, "/", b, " ") end
print()
print(("THE (quick) fox"):gsub("%f[%a]%a+", string.lower))
print(string.match("  -12.5e3xyz", "^%s*([%+%-]?%d+%.?%d*[eE]?%d*)"))
print(("key.sub.leaf"):match("^(.-)%.(.*)$"))
print(("x"):rep(20):match(("x?"):rep(20) .. ("x"):rep(20)) ~= nil)
