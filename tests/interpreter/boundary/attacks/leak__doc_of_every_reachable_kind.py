# Attacks: __doc__ of everything a program can reach (builtins, methods, modules, shim classes and
# functions, exceptions, iterators, generated dataclass/namedtuple members), by attribute, getattr,
# str.format fields and attrgetter, hunting for the interpreter's own docstrings (host paths, class
# names) or a host object behind them.
# Held: each is the program's own docstring or None, or a clean AttributeError refusal.
import asyncio, collections, dataclasses, datetime, functools, itertools, json, math, operator, re, sys
from dataclasses import dataclass

@dataclass
class Point:
    "a point"
    x: int

def gen():
    yield 1

targets = [print, len, [].append, "".join, {}.get, math, math.sqrt, json.dumps, re.compile("x"),
           re.compile("x").match("x"), collections.Counter, collections.Counter(), collections.deque(),
           datetime.date(2020, 1, 1), datetime.datetime, functools.partial(print), itertools.chain([1]),
           zip(), map(abs, []), iter({1}), iter([]), ValueError, ValueError("v"), asyncio.sleep, asyncio,
           sys, sys.stdout, gen(), gen, Point, Point(1), Point.__init__, Point(1).__eq__, int, type,
           object, operator.itemgetter(0), asyncio.Queue(), dataclasses.field, range(3), slice(1),
           collections.namedtuple("P", "a"), collections.namedtuple("P", "a")(1), None, 1, 1.5, b"x"]
seen = []
for target in targets:
    for read in (lambda t: t.__doc__, lambda t: getattr(t, "__doc__"), lambda t: "{0.__doc__}".format(t),
                 lambda t: operator.attrgetter("__doc__")(t)):
        try:
            value = read(target)
        except AttributeError as e:
            value = str(e)
        assert value is None or type(value) is str, type(value)
        seen.append(value)
sorted(set(v for v in seen if v is not None))
