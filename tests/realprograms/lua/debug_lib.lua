-- The debug library: getinfo fields, getlocal, upvalues, tracebacks (with this script's own lines) and hooks.
local function where() local i = debug.getinfo(2, "Sl"); return i.short_src:match("[^/]*$") .. ":" .. i.currentline end
print(where())
local function f(a, b) local c = a + b; return debug.getinfo(1, "nSlu") end
local info = f(1, 2)
print(info.what, info.nparams, info.isvararg, info.nups, info.linedefined, info.lastlinedefined, info.currentline)
local function locals(x, y) local z = 3; local names = {}; local i = 1
  while true do local name, value = debug.getlocal(1, i); if not name then break end; names[#names + 1] = name .. "=" .. (type(value) == "table" and "{}" or tostring(value)); i = i + 1 end
  return table.concat(names, " ") end
print(locals(1, 2))
local up1, up2 = 10, 20
local function useups() return up1 + up2 end
print(debug.getupvalue(useups, 1), debug.getupvalue(useups, 2))
debug.setupvalue(useups, 1, 100)
print(useups(), up1)
local tb = debug.traceback("msg", 1)
print((tb:gsub("[^\n]*/", "")))
local lines = {}
debug.sethook(function(_, line) lines[#lines + 1] = line end, "l")
local x = 1
x = x + 1
debug.sethook()
print(#lines > 0, lines[1] ~= nil)
local calls = 0
debug.sethook(function() calls = calls + 1 end, "", 100)
for i = 1, 10000 do x = x + i end
debug.sethook()
print(calls > 0)
print(debug.getinfo(print).what, debug.getinfo(1, "l").currentline)
print(pcall(debug.getlocal, 100, 1))
print(debug.getmetatable("").__index == string)
