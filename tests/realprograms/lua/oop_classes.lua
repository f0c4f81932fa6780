-- Object-oriented patterns: classes with inheritance, super calls, class methods, mixins and tostring.
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, { __index = parent }) end
  c.new = function(...) local o = setmetatable({}, c); if o.init then o:init(...) end return o end
  c.super = parent
  return c
end
local Shape = class()
function Shape:init(name) self.name = name end
function Shape:area() return 0 end
function Shape:describe() return string.format("%s with area %.2f", self.name, self:area()) end
Shape.__tostring = function(s) return "Shape(" .. s.name .. ")" end
local Rect = class(Shape)
function Rect:init(w, h) Shape.init(self, "rect"); self.w, self.h = w, h end
function Rect:area() return self.w * self.h end
Rect.__tostring = Shape.__tostring
local Square = class(Rect)
function Square:init(s) Rect.init(self, s, s); self.name = "square" end
local Circle = class(Shape)
function Circle:init(r) self.super.init(self, "circle"); self.r = r end
function Circle:area() return math.pi * self.r ^ 2 end
local shapes = { Rect.new(2, 3), Square.new(4), Circle.new(1), Shape.new("blob") }
for _, s in ipairs(shapes) do print(s:describe()) end
table.sort(shapes, function(a, b) return a:area() < b:area() end)
local names = {}
for _, s in ipairs(shapes) do names[#names + 1] = s.name end
print(table.concat(names, " "), tostring(shapes[1]), tostring(Rect.new(1, 1)))
local Stack = class()
function Stack:init() self.items, self.n = {}, 0 end
function Stack:push(v) self.n = self.n + 1; self.items[self.n] = v; return self end
function Stack:pop() local v = self.items[self.n]; self.items[self.n] = nil; self.n = self.n - 1; return v end
local st = Stack.new():push(1):push(2):push(3)
print(st:pop(), st:pop(), st.n)
local Comparable = { __lt = function(a, b) return a.v < b.v end, __le = function(a, b) return a.v <= b.v end }
local function num(v) return setmetatable({ v = v }, Comparable) end
print(num(1) < num(2), num(3) <= num(3), num(4) > num(5))
