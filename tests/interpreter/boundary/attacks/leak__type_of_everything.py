# Attacks: str(type(x)) for values from every shim.
# Held: no host module paths in the class names.
import json, re, datetime, collections, functools, itertools, asyncio, random, statistics, operator, dataclasses, string, typing, math, heapq, bisect, copy, time
vals = [json, re.I, re.compile("a"), re.match("a", "a"), datetime.date(2020, 1, 1), datetime.timedelta(1), datetime.UTC,
        collections.Counter(), collections.deque(), collections.OrderedDict(), collections.defaultdict(int),
        functools.partial(max, 1), itertools.count(), asyncio.Lock(), asyncio.Event(), asyncio.Queue(), random.Random(1),
        operator.itemgetter(1), dataclasses.field(), typing.List, string.Template("x"), iter([]), print, len, max,
        functools.cmp_to_key(lambda a, b: 0), time.gmtime(), asyncio.Semaphore(), map(int, []), filter(None, []), zip(), reversed([]), enumerate([])]
[str(type(v)) for v in vals]
