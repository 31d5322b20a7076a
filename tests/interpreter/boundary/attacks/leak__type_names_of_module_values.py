# Attacks: `type(x)` / `x.__class__` of values the module shims hand out that the program did not
# import the class of (iterators, views, match objects, readers, wrappers, contexts, tasks...):
# a class without a program name showed its host name (`ShimIterator`, `_GeneratedMethod`).
# Held: every repr and __name__ is a CPython name.
import asyncio, base64, bisect, collections, contextlib, copy, csv, dataclasses, datetime, decimal, difflib
import enum, fractions, functools, hashlib, heapq, html, io, itertools, json, math, operator, pprint
import random, re, statistics, string, sys, textwrap, time, types, typing, unicodedata, urllib.parse, uuid
@dataclasses.dataclass(order=True)
class D:
    a: int = 0
class E(enum.Enum):
    A = 1
class F(enum.Flag):
    A = 1
    B = 2
@functools.lru_cache
def cached(x):
    return x
@contextlib.contextmanager
def cm():
    yield 1
async def co():
    return 1
def gen():
    yield 1
c = co()
od = collections.OrderedDict(a=1)
things = [
    D, D(), D.__init__, D.__eq__, D.__lt__, D.__repr__, E, E.A, E.__members__, F.A | F.B, F, cached, cached.cache_info(),
    cm, cm(), co, c, gen, gen(), csv.reader(["a"]), csv.writer(io.StringIO()), csv.DictReader(["a"]),
    csv.DictWriter(io.StringIO(), ["a"]), (getattr(csv, "Sniffer")() if hasattr(csv, "Sniffer") else 0), (getattr(csv, "excel") if hasattr(csv, "excel") else 0),
    decimal.getcontext(), decimal.localcontext(), decimal.Decimal(1), fractions.Fraction(1), difflib.SequenceMatcher(None, "a", "b"),
    difflib.Differ(), (getattr(difflib, "HtmlDiff")() if hasattr(difflib, "HtmlDiff") else 0), difflib.ndiff(["a"], ["b"]), difflib.unified_diff(["a"], ["b"]),
    hashlib.sha256(b""), hashlib.md5(b""), hashlib.blake2b(b""), itertools.groupby([1]), itertools.product([1]), itertools.tee([1])[0],
    itertools.zip_longest([1]), itertools.accumulate([1]), itertools.starmap(max, [(1, 2)]), itertools.pairwise([1, 2]), (getattr(itertools, "batched")([1], 1) if hasattr(itertools, "batched") else 0),
    (getattr(json, "JSONDecodeError")("m", "d", 0) if hasattr(json, "JSONDecodeError") else 0), operator.attrgetter("a"), operator.methodcaller("a"),
    functools.partial(max, 1), functools.cmp_to_key(lambda a, b: 0), functools.cmp_to_key(lambda a, b: 0)(1), functools.reduce,
    pprint.PrettyPrinter(), random.Random(1), re.compile("a").finditer("aa"), re.compile("a").scanner if False else 0,
    re.match("a", "a"), re.compile("a"), re.I, (getattr(re, "error") if hasattr(re, "error") else 0), string.Template("a"), (getattr(string, "Formatter")() if hasattr(string, "Formatter") else 0),
    sys.stdout, sys.version_info, sys.float_info, time.gmtime(0), (getattr(time, "struct_time") if hasattr(time, "struct_time") else 0),
    types.SimpleNamespace(), (getattr(types, "MappingProxyType")({}) if hasattr(types, "MappingProxyType") else 0), typing.Any, typing.List[int], typing.Optional[int],
    urllib.parse.urlsplit("http://a/b"), urllib.parse.urlparse("http://a/b"), urllib.parse.parse_qs if False else 0, uuid.uuid4(), uuid.UUID(int=1),
    datetime.timezone.utc, datetime.datetime(2020, 1, 1).timetuple(), datetime.date(2020, 1, 1).isocalendar(), datetime.datetime.min,
    od.keys(), od.values(), od.items(), reversed(od), (getattr(collections, "ChainMap")() if hasattr(collections, "ChainMap") else 0), collections.deque([1]).__iter__ if False else iter(collections.deque([1])),
    collections.Counter("ab").elements(), collections.defaultdict(list), collections.namedtuple("P", "a")(1), {}.keys().mapping if False else 0,
    asyncio.Queue(), asyncio.Lock(), asyncio.Semaphore(), asyncio.Event(), asyncio.sleep(0), asyncio.gather(), asyncio.TaskGroup(), asyncio.timeout(1),
    asyncio.as_completed([]), contextlib.suppress(ValueError), (getattr(contextlib, "nullcontext")() if hasattr(contextlib, "nullcontext") else 0),
    (getattr(contextlib, "ExitStack")() if hasattr(contextlib, "ExitStack") else 0), copy.copy, enumerate([]), zip(), map(str, []), filter(None, []), reversed([]),
    iter(range(3)), iter("ab"), iter(b"ab"), iter({}), iter(set()), iter(()), {}.items(), slice(1), range(1), NotImplemented, Ellipsis,
    super, property, staticmethod, classmethod, object(), BaseException(), StopAsyncIteration(), ExceptionGroup("a", [ValueError()]),
]
seen = []
for thing in things:
    t = type(thing)
    seen.append(repr(t) + " " + t.__name__ + " " + repr(thing.__class__))
await c
for s in seen:
    print(s)
len(seen)
