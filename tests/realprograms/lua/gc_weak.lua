-- Weak tables: weak keys, weak values, ephemerons, and strings and numbers that are never collected.
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local wk = setmetatable({}, { __mode = "k" })
local wv = setmetatable({}, { __mode = "v" })
local kv = setmetatable({}, { __mode = "kv" })
local keep = {}
for i = 1, 100 do
  local key = {}
  wk[key] = i
  wv[i] = {}
  kv[key] = {}
  if i % 10 == 0 then keep[#keep + 1] = key; wv[i] = key end
end
wv[1000] = "a string value"
wv[1001] = 12345
collectgarbage(); collectgarbage()
print(count(wk), count(wv), count(kv))
print(wv[1000], wv[1001])
local eph = setmetatable({}, { __mode = "k" })
do
  local a = {}
  eph[a] = { ref = a }
end
collectgarbage(); collectgarbage()
print(count(eph))
local cache = setmetatable({}, { __mode = "v" })
local function get(n) local v = cache[n]; if not v then v = { n = n }; cache[n] = v end return v end
local held = get(1)
get(2); get(3)
collectgarbage(); collectgarbage()
print(cache[1] == held, cache[2], cache[3])
keep = nil
collectgarbage(); collectgarbage()
print(count(wk), count(kv))
