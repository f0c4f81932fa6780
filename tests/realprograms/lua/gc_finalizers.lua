-- Finalizers (__gc): run on collection in reverse order of marking, resurrection, errors, and at close.
local order = {}
for i = 1, 5 do setmetatable({}, { __gc = function() order[#order + 1] = i end }) end
collectgarbage(); collectgarbage()
table.sort(order)
print(#order, table.concat(order, " "))
local resurrected
do
  setmetatable({ name = "phoenix" }, { __gc = function(o) resurrected = o end })
end
collectgarbage(); collectgarbage()
print(resurrected and resurrected.name)
local seq = {}
local a = setmetatable({}, { __gc = function() seq[#seq + 1] = "a" end })
local b = setmetatable({}, { __gc = function() seq[#seq + 1] = "b" end })
local c = setmetatable({}, { __gc = function() seq[#seq + 1] = "c" end })
a, b, c = nil, nil, nil
collectgarbage()
print(table.concat(seq, ""))
local mt = { __gc = function() error("finalizer error") end }
setmetatable({}, mt)
print(pcall(collectgarbage))
local later = {}
local lmt = {}
local obj = setmetatable({}, lmt)
lmt.__gc = function() later[1] = "not marked" end
obj = nil
collectgarbage()
print(later[1])
setmetatable({}, { __gc = function() print("finalized at close") end })
_G.kept = setmetatable({}, { __gc = function() print("global finalized at close") end })
print("end of script")
