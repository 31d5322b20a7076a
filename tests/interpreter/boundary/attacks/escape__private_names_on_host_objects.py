# Attacks: private names (`_name`) reach only the program's own objects. Try them on every kind of
# host-made value a program holds: modules, shim classes and instances, builtin functions, bound
# methods, iterators, tasks, coroutines, regex objects, decimal contexts, random generators,
# partials; read, write and delete, in source and through getattr/setattr/delattr/format/attrgetter.
# Held: every attempt is refused (or missing), nothing host-made is read or changed.
# expect: value 'ok'
import asyncio, collections, decimal, fractions, functools, json, operator, random, re, types, datetime, itertools, string
async def co():
    return 1
async def main():
    task = asyncio.ensure_future(co())
    await task
    return task
task = await main()
objects = [json, re, random, decimal, asyncio, collections, functools, itertools, types,
           re.compile("a"), re.match("a", "a"), decimal.getcontext(), decimal.Decimal("1.5"),
           fractions.Fraction(1, 3), random.Random(1), functools.partial(max, 1), len, print,
           [].append, iter([1]), collections.deque([1]), collections.Counter("ab"),
           collections.OrderedDict(a=1), collections.defaultdict(int), datetime.datetime(2020, 1, 1),
           datetime.timedelta(1), task, string.Template("$a"), itertools.count(), iter(range(3)),
           {}.keys(), operator.attrgetter("a"), type, int, ValueError, json.JSONDecodeError]
names = ["_inst", "_compile", "_default_encoder", "_randbelow", "_exp", "_numerator", "_int",
         "_x", "_loop", "_state", "_result", "_coro", "_callbacks", "_maxlen", "_keep_positive",
         "_fields", "_asdict", "_pattern", "_func", "_args", "_cache", "_hashed", "_year", "_ptc_attributes"]
reached = []
for obj in objects:
    for name in names:
        try:
            value = getattr(obj, name)
            reached.append((type(obj).__name__, name, "read"))
        except AttributeError:
            pass
        try:
            setattr(obj, name, 1)
            reached.append((type(obj).__name__, name, "write"))
        except (AttributeError, TypeError):
            pass
        try:
            delattr(obj, name)
            reached.append((type(obj).__name__, name, "delete"))
        except (AttributeError, TypeError):
            pass
        try:
            ("{0." + name + "}").format(obj)
            reached.append((type(obj).__name__, name, "format"))
        except (AttributeError, ValueError, KeyError, IndexError):
            pass
        try:
            operator.attrgetter(name)(obj)
            reached.append((type(obj).__name__, name, "attrgetter"))
        except AttributeError:
            pass
try:
    json._default_encoder
    reached.append("source read")
except AttributeError:
    pass
try:
    random._inst = 1
    reached.append("source write")
except AttributeError:
    pass
"ok" if not reached else reached
