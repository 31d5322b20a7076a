# Attacks: every spelling that reads an attribute (getattr, operator.attrgetter, str.format fields,
# hasattr, vars(), a class pattern `object(__dict__=d)`) with `__dict__` and host-internal private
# names (`_lock`, `_waiters`, `_pattern`, `_func`, `_field_type`, `_abc_impl`, ...) on enum members and
# classes, exceptions, dataclass Field objects, named tuples, partials, modules, re patterns, dates,
# decimals, StringIO, Random, Counter/deque, lru_cache wrappers, super(), iterators, asyncio
# primitives: only the program's own dataclass instance dict and the named tuple API may answer.
# Held: nothing else is reached.
# expect: value 'ok'
import operator, json, functools, enum, dataclasses, collections, types, re, datetime, decimal, fractions, io, random, string, asyncio
from enum import Enum
from typing import NamedTuple
class E(Enum):
    A = 1
class X(Exception):
    pass
@dataclasses.dataclass
class D:
    x: int = 1
class N(NamedTuple):
    a: int = 1
def f(): pass
class C:
    def m(self): pass
P = collections.namedtuple("P", "a b")
targets = [E.A, E, X("m"), X, ValueError("v"), D, D(), dataclasses.fields(D)[0], N(), N, P(1, 2), P, f, C.m, C().m,
           functools.partial(f), json, types.SimpleNamespace, types, re.compile("a"), datetime.date(2020, 1, 1),
           decimal.Decimal(1), fractions.Fraction(1, 2), io.StringIO(), random.Random(1), print, len, operator.add,
           collections.Counter(), collections.OrderedDict(), collections.defaultdict(int), collections.deque(),
           enum.auto(), functools.lru_cache(f), super(C, C()), iter([]), range(3), object(), string.Template("x"),
           functools.cmp_to_key(lambda a, b: 0)(1), operator.itemgetter(1), asyncio.Lock(), asyncio.Event(), asyncio.Queue()]
names = ["__dict__", "_x", "__x", "_value", "_name", "_cache", "_fields", "_asdict", "_replace", "_make", "_source",
         "_abc_impl", "_lock", "_state", "_loop", "_waiters", "_queue", "_maxsize", "_getter", "_pattern", "_field_type",
         "_members", "_func", "_wrapped", "_generate_next_value", "_unfinished_tasks", "_finished", "_value_", "_random",
         "_dict", "_items", "_buffer", "_ctx", "_keywords", "_args", "_initialized", "_DataclassParams", "_PARAMS"]
reached = []
def note(obj, name, how, value):
    r = repr(value)
    reached.append((type(obj).__name__, name, how, r[:80]))
for obj in targets:
    for name in names:
        for how, read in (("getattr", lambda o, n: getattr(o, n)), ("attrgetter", lambda o, n: operator.attrgetter(n)(o)),
                          ("format", lambda o, n: ("{0." + n + "}").format(o)), ("hasattr", lambda o, n: hasattr(o, n) or 1/0)):
            try:
                note(obj, name, how, read(obj, name))
            except (AttributeError, ValueError, ZeroDivisionError, TypeError, KeyError) as e:
                pass
    try:
        note(obj, "vars", "vars", vars(obj))
    except (AttributeError, TypeError):
        pass
    match obj:
        case object(__dict__=d):
            note(obj, "__dict__", "match", d)
        case _:
            pass
allowed = {"_fields", "_asdict", "_replace", "_make"}
unexpected = [r for r in reached if not (r[1] in allowed or (r[0] == "D" and r[1] in ("__dict__", "vars")))]
"ok" if not unexpected else unexpected
