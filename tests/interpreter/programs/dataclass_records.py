# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
import dataclasses
from typing import ClassVar

@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    qty: int = 1
    registry: ClassVar[int] = 0

    def total(self):
        return self.price * self.qty

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

@dataclass
class Order:
    id: int
    items: list[Item] = field(default_factory=list)
    note: str = field(default="", repr=False)

    def __post_init__(self):
        self.count = len(self.items)

a = Item("apple", 1.5, ["fruit"], qty=3)
b = Item(name="pear", price=0.5)
print(a, b, a == Item("apple", 1.5, ["fruit"], 3), a.total())
print(repr(Point(1, 2)), Point(1, 2) < Point(1, 3), sorted([Point(3), Point(1, 5), Point(1, 2)]))
print(hash(Point(1, 2)) == hash(Point(1, 2)), {Point(1, 2): "p"}[Point(1, 2)])
try:
    Point(1, 2).x = 5
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e, isinstance(e, AttributeError))
o = Order(7, [a, b])
print(o, o.count, asdict(o), astuple(Point(4, 5)))
print(replace(Point(1, 2), y=9), [f.name for f in fields(Order)], is_dataclass(o), is_dataclass(Order), is_dataclass(3))
try:
    Item("x")
except TypeError as e:
    print("err:", e)
try:
    Item("x", 1, [], 2, 5)
except TypeError as e:
    print("err:", e)
try:
    hash(a)
except TypeError as e:
    print("err:", e)

@dataclass
class Base:
    id: int
    label: str = "base"

@dataclass
class Child(Base):
    extra: bool = False
    def describe(self):
        return f"{self.label}#{self.id}"

c = Child(3, extra=True)
print(c, c.describe(), isinstance(c, Base), Item.registry)
items = [Item("b", 2.0, qty=2), Item("a", 3.0)]
summary = sorted((asdict(i) for i in items), key=lambda d: d["name"])
summary
