-- load and friends: strings, reader functions, environments, modes, syntax errors and dofile.
print(load("return 1 + 2")())
print(load("local a, b = ...; return a * b")(6, 7))
local parts = { "return ", "'pie", "ces'" }
local i = 0
print(load(function() i = i + 1; return parts[i] end)())
local env = { x = 5 }
print(load("x = x * 2; return x", "chunk", "t", env)(), env.x, x)
print(load("syntax error here"))
print(load("return", "=named")())
print(load("x = ", "@file.lua"))
print(load("return 1", "bin", "b"))
print(pcall(load, "return 1", "c", "q"))
print(load(string.rep("a = 1\n", 3) .. "return a")())
local f = load("return _ENV")
print(f() == _G)
local counter = 0
local g = load("counter = (counter or 0) + 1; return counter", "=g", "t", setmetatable({}, { __index = _G }))
print(g(), g(), counter)
print(load("return ...", "varargs")(1, nil, 3))
print(select("#", load("return ...")()))
local code = {}
for k = 1, 200 do code[#code + 1] = "local v" .. k .. " = " .. k end
code[#code + 1] = "return v1 + v200"
print(load(table.concat(code, "\n"))())
print(load("goto nowhere"))
print(load("local x <const> = 1; x = 2"))
print(load("for i = 1, 2 do local function f() return i end end return 'ok'")())
print(pcall(load("error('from chunk')", "=loaded")))
