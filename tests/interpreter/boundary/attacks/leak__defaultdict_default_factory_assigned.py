# Attacks: `defaultdict.default_factory` is assignable: set it to host-backed callables (builtins,
# bound native methods, module classes, sys.stdout.write, a class's constructor) and to non-callables,
# then make a missing key call it; keep the dict across awaits.
# Held: each call behaves as the same factory passed to the constructor would, or raises a program
# TypeError; nothing host-side shows.
import asyncio, collections, sys
out = []
d = collections.defaultdict()
for factory in [len, list, sys.stdout.write, collections.Counter, "x".upper, 42, None, type, print, asyncio.sleep]:
    d.default_factory = factory
    try:
        value = d[repr(factory)[:12]]
        out.append(repr(value)[:60])
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e)[:100])
await asyncio.sleep(0)
out.append(repr(d.default_factory))
for v in d.values():
    if type(v).__name__ == "coroutine":
        v.close()
out
