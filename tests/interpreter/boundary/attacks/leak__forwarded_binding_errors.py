# Attacks: shim functions and methods that forward their arguments to another host function
# (`pprint.pp` to `pprint`, `Decimal` methods, `datetime.replace`/`isoformat`, `Counter.update`,
# `decimal.Context`, a contextmanager's helper): a binding error raised one call deeper named the
# inner host function by its qualname (`make_module.<locals>.pprint()`).
# Held: every message names the function as the program called it (the value lists the others).
# expect: value []
import pprint, decimal, datetime, collections, contextlib, statistics, base64
out = []
@contextlib.contextmanager
def cm(a):
    yield a
tests = [
    lambda: pprint.pp(1, 2, 3, 4, 5, 6, 7),
    lambda: pprint.pp(1, zzz=2),
    lambda: decimal.Decimal(1).quantize(1, 2, 3, 4, 5),
    lambda: decimal.Decimal(1).sqrt(1, 2, 3),
    lambda: decimal.Decimal(1).to_integral_value(zzz=1),
    lambda: decimal.Context(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    lambda: decimal.Context(zzz=1),
    lambda: datetime.date(2020, 1, 1).replace(1, 2, 3, 4),
    lambda: datetime.date(2020, 1, 1).replace(zzz=1),
    lambda: datetime.datetime(2020, 1, 1).isoformat(1, 2, 3),
    lambda: datetime.datetime(2020, 1, 1).isoformat(zzz=1),
    lambda: collections.Counter().update(1, 2, 3),
    lambda: collections.Counter().subtract(1, 2),
    lambda: cm(),
    lambda: cm(1, 2),
    lambda: cm(zzz=1),
    lambda: statistics.mean([1], 2, 3),
    lambda: statistics.median([1], zzz=3),
    lambda: base64.b64encode(b"", 1, 2, 3),
    lambda: base64.b64decode(b"", zzz=3),
    lambda: collections.namedtuple("P", "a b")(1, 2, 3),
    lambda: collections.namedtuple("P", "a b")(zzz=1),
    lambda: collections.namedtuple("P", "a b")._make(1, 2),
    lambda: collections.OrderedDict().move_to_end(),
    lambda: collections.deque().rotate(1, 2),
    lambda: "".join(),
    lambda: [].sort(1),
    lambda: {}.get(),
    lambda: sorted([], 1),
]
for t in tests:
    try:
        t()
        out.append("ok")
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
for line in out:
    print(line)
[line for line in out if "<locals>" in line]
