-- io.lines and file:lines with formats, io.output/io.input redirection, and file:setvbuf.
local dir = assert(arg[1])
local path = dir .. "/lines.txt"
local f = assert(io.open(path, "w"))
for i = 1, 10 do f:write("row ", i, " ", i * i, "\n") end
f:write("12 34 56\n")
f:close()
local n = 0
for line in io.lines(path) do n = n + #line end
print(n)
for a, b in io.lines(path, 4, "l") do io.write("[", a, "|", b, "]") if a == "12 3" then break end end
print()
local nums = {}
f = assert(io.open(path))
for line in f:lines("L") do nums[#nums + 1] = #line end
f:close()
print(table.concat(nums, ","))
io.output(dir .. "/out.txt")
io.write("via io.write\n", 1, "\n")
io.output():setvbuf("full")
io.write("buffered\n")
io.close()
io.output(io.stdout)
io.input(dir .. "/out.txt")
print(io.read("l"), io.read("n"), io.read("l"), io.read("l"), io.read("l"))
io.close(io.input())
io.input(io.stdin)
local ok, msg = pcall(io.lines, dir .. "/missing.txt")
local i, j = msg:find(dir, 1, true)
print(ok, msg:sub(1, i - 1) .. "DIR" .. msg:sub(j + 1))
for c in io.lines(path, 1) do io.write(c == "\n" and "|" or "") end
print()
print(io.stdout:setvbuf("no"), io.stdout:write("chained ", "writes\n") == io.stdout)
io.stdout:setvbuf("line")
os.remove(path); os.remove(dir .. "/out.txt")
