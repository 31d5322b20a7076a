# Attacks: `type(name, bases, namespace)` builds a class at run time. Try what a class statement
# cannot write: host bases, builders' bases (Enum), namespace keys the validator would refuse
# (`__getattribute__`, `__class__`, `__dict__`, `__slots__`, `__init_subclass__`), non-str keys, a
# special method that is not a function, a huge namespace, a base listed many times.
# Held: each refused with a TypeError (or CPython's own MRO error), nothing host-made reached.
# expect: value 'ok'
import enum, json, collections
class Base:
    pass
class Color(enum.Enum):
    RED = 1
attempts = [
    ("X", (int,), {}), ("X", (dict,), {}), ("X", (json,), {}), ("X", (Color,), {}),
    ("X", (collections.Counter,), {}), ("X", (type,), {}),
    ("X", (), {"__getattribute__": lambda self, n: 1}), ("X", (), {"__class__": int}),
    ("X", (), {"__dict__": {}}), ("X", (), {"__slots__": ()}), ("X", (), {"__init_subclass__": print}),
    ("X", (), {1: 2}), ("X", (), {"__repr__": 5}), ("X", (Base, Base), {}),
]
problems = []
for args in attempts:
    try:
        cls = type(*args)
        problems.append(("made", args[0], repr(args[2])[:40]))
    except TypeError:
        pass
big = type("Big", (), {f"a{i}": i for i in range(20000)})
x = big()
ok = x.a19999 == 19999 and not problems
"ok" if ok else problems
