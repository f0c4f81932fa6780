-- string.find: plain and pattern searches, anchors, init positions, captures.
local s = "the quick brown fox jumps over the lazy dog"
print(s:find("quick"), s:find("the", 2), s:find("cat"), s:find(""), s:find("", 100))
print(s:find("o", -10), s:find("[aeiou]+"), s:find("%s(%a+)%s"), s:find("^the"), s:find("^quick"))
print(s:find(".", 1, true), ("a.b"):find(".", 1, true), ("a+b"):find("+", 1, true))
print(s:find("(%a+) (%a+)$"), s:find("()fox()"))
print(("[test]"):find("[]]"), ("a-b"):find("[a-]", 2), ("x^y"):find("[%^]"))
print(("key = value"):find("(%w+)%s*=%s*(%w+)"))
print(("  x"):find("%S"), ("abc123def"):find("%d+"), ("CamelCase"):find("%u%l+", 2))
print(pcall(string.find, "x", "[a"))
print(pcall(string.find, "x", "%"))
print(("aaa"):find("a-"), ("aaa"):find("a-$"), ("aaab"):find("a*b"), ("b"):find("a?b"))
