# Attacks: hash() now answers for identity-hashed values (object.__hash__ types and builtin
# functions) from the run's id() counter. Hash every kind of host-made value a program can hold —
# iterators, generators, coroutines, tasks and locks, match objects, StringIO, Random, partials,
# itemgetters, csv readers, hashlib objects, Templates, SequenceMatchers, dataclass Fields, type
# forms (list[int], int | str, typing.Any), dict views, bound builtin methods, decimal contexts —
# and return the values: anything derived from a host address or the host hash seed differs between
# the three environments (separate processes), anything leaking shows in the text.
# Held: identical values (or clean refusals) in every environment.
import asyncio, csv, dataclasses, decimal, difflib, enum, functools, hashlib, io, itertools, json, operator
import random, re, string, typing, collections
def gen():
    yield 1
async def coro():
    return 1
out = []
async def main():
    lock = asyncio.Lock()
    task = asyncio.create_task(coro())
    await task
    values = [iter([]), iter(()), iter(""), iter({}), gen(), re.compile("a").match("a"), re.compile("b"),
              io.StringIO(), random.Random(1), functools.partial(print), operator.itemgetter(1),
              operator.attrgetter("a"), csv.reader([]), hashlib.sha256(), string.Template("x"),
              difflib.SequenceMatcher(), dataclasses.field(), list[int], int | str, typing.Any,
              typing.Optional[int], {}.keys(), {}.items(), [].append, "s".upper, (1).bit_length,
              decimal.getcontext(), lock, task, asyncio.Event(), asyncio.Queue(), itertools.count(),
              collections.deque().append, enum.auto(),
              zip(), map(abs, []), filter(None, []), enumerate([]), reversed([]), itertools.chain()]
    for v in values:
        try:
            out.append(hash(v))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    c = coro()
    try:
        out.append(hash(c))
    finally:
        await c
asyncio.run(main())
out
