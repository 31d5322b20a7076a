# Attacks: `x.__class__` (readable since it is what `type(x)` gives) on every kind of object a program
# can hold, then on the class it gets, then calling each class with no arguments and reading its
# `__name__`, hoping one of them is a host class (`NativeFunction`, `ShimModule`, a `functools.partial`).
# Held: every answer is a program-level type with a CPython name; nothing host-side shows.
import asyncio, collections, datetime, itertools, json, re, sys, types, operator, functools, io
class P:
    def m(self):
        return super().__class__
def gen():
    yield 1
async def coro():
    return 1
c = coro()
things = [
    1, "s", None, P, P(), P().m, P().m(), len, print, sorted, "a".upper, gen(), c, collections,
    collections.Counter, collections.Counter(), itertools.count(), map(str, []), iter([]), iter({}),
    re.compile("a"), re.match("a", "a"), datetime.date(2020, 1, 1), json, sys, sys.stdout, types.SimpleNamespace(),
    operator.itemgetter(0), functools.partial(len), io.StringIO(), ValueError("x"), ValueError, asyncio.sleep,
    {}.keys(), range(3), slice(1), type, object(), lambda: 0, super, asyncio.Queue(), asyncio.Event(),
]
seen = []
for thing in things:
    cls = thing.__class__
    seen.append(repr(cls))
    seen.append(repr(cls.__class__))
    seen.append(cls.__name__)
    try:
        seen.append(repr(cls()))
    except Exception as e:
        seen.append(type(e).__name__ + ": " + str(e))
await c
print(seen)
len(seen)
