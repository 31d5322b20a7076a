# Attacks: repr(x) and f-string of values from every shim.
# Held: no addresses or host paths.
import json, re, datetime, collections, functools, itertools, asyncio, random, statistics, operator, dataclasses, string, typing, math, time
vals = [re.compile("a"), re.match("a", "a"), datetime.UTC, datetime.timezone(datetime.timedelta(hours=3)),
        collections.defaultdict(lambda: 1), functools.partial(max, 1), functools.cache(len),
        functools.lru_cache(maxsize=3)(len), itertools.groupby([1]), asyncio.Event(), random.Random(1),
        operator.attrgetter("a"), dataclasses.field(default=1), typing.Optional[int], string.Template("x"), time.gmtime(0),
        asyncio.create_task(asyncio.sleep(0)), asyncio.sleep(0), map(int, []), filter(None, []), zip(), reversed([]), enumerate([]),
        iter(b""), iter(set()), iter("ab"), {}.keys(), iter({}.values()), NotImplemented, ...]
[f"{v!r} {v!s}" for v in vals]
