from __future__ import annotations
from dataclasses import dataclass
class B:
    x: int
    y: list[str] = []
class S(B):
    pass
def f(a: int, /, b: 'str', *c: x, d: dict[str, int], **e: y) -> None:
    "doc"
def g(a, b):
    pass
@dataclass
class D:
    p: int
    q: str = "q"
out = [B.__annotations__, S().__annotations__, f.__annotations__, g.__annotations__, D.__annotations__,
       f.__annotations__ is f.__annotations__, B.__annotations__ is B.__annotations__, (lambda q: q).__annotations__]
for thing in (len, 1, "s"):
    try:
        thing.__annotations__
    except AttributeError as e:
        out.append("refused")
out
# expect: [{'x': 'int', 'y': 'list[str]'}, {'x': 'int', 'y': 'list[str]'}, {'b': "'str'", 'a': 'int', 'c': 'x', 'd': 'dict[str, int]', 'e': 'y', 'return': 'None'}, {}, {'p': 'int', 'q': 'str'}, True, True, {}, 'refused', 'refused', 'refused']
