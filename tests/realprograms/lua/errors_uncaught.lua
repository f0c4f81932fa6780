-- An uncaught error ends the interpreter with status 1 after what was printed (stderr is not compared).
print("before the error")
io.stdout:flush()
local function f() error("uncaught!") end
f()
print("never printed")
