# Attacks: CPython's own TypeError messages name type(x).__name__; for every kind of interpreter-owned object a
# program can hold (methods, modules, shim iterators, ordered sets, typing forms, partials, tasks, coroutines,
# properties, generated dataclass methods, cmp_to_key keys, lru_cache wrappers...), those are host class names.
# Held: every message names only program-visible type names.
import asyncio, collections, dataclasses, functools, itertools, json, operator, re, typing
@dataclasses.dataclass
class D:
    x: int = 0
class C:
    def m(self):
        pass
    @property
    def p(self):
        return 1
async def co():
    return 1
def gen():
    yield 1
c = co()
values = [print, [].append, json, itertools.count(), {1, 2}, frozenset({1}), {}.keys(), typing.List, functools.partial(max, 1),
          asyncio.create_task(co()), c, gen(), C().m, C.m, D.__init__, functools.cmp_to_key(lambda a, b: 0)(1),
          functools.cache(len), operator.itemgetter(1), re.compile("a").finditer("a"), super(C, C()), dataclasses.field(),
          staticmethod(len), property(len), asyncio.sleep(0), asyncio.Lock(), collections.deque(), lambda: 0, D]
msgs = []
for v in values:
    for op in [lambda v: v + 1, lambda v: v[0], lambda v: len(v), lambda v: -v, lambda v: v < v, lambda v: int(v),
               lambda v: "%d" % v, lambda v: format(v, "x"), lambda v: round(v), lambda v: {v: 1}[[]], lambda v: iter(v),
               lambda v: [1][v], lambda v: "".join([v]), lambda v: v.nonexistent_attr]:
        try:
            op(v)
        except Exception as e:
            msgs.append(f"{type(e).__name__}: {e}")
await c
msgs
