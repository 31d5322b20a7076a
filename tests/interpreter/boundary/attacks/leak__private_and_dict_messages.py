# Attacks: every message a private name, a mangled name, `vars()` or `type()` can produce, on host
# values of every kind, collected and returned: none may name a host class, module path or address.
# Held: messages in program terms only.
# expect: value 'ok'
import json, re, decimal, collections, datetime, asyncio, functools, itertools, random
values = [json, re.compile("a"), decimal.Decimal(1), collections.deque(), datetime.date(2020, 1, 1),
          asyncio.Queue(), functools.partial(max, 1), itertools.count(), random.Random(1), len, print,
          [].append, iter([]), {}.keys(), range(2), 1, "s", None, ValueError("x"), type, object()]
messages = []
for v in values:
    for probe in (lambda v: v._secret, lambda v: v.__secret, lambda v: vars(v), lambda v: v.__dict__,
                  lambda v: setattr(v, "_x", 1), lambda v: delattr(v, "__x"), lambda v: type("T", (v,), {}),
                  lambda v: hash(v)):
        try:
            probe(v)
        except Exception as e:
            messages.append(f"{type(e).__name__}: {e}")
bad = [m for m in messages if "0x" in m or "ptc_" in m or "interpreter" in m.lower() and "here" not in m]
"ok" if not bad else bad
