import itertools


class Stutter:
    """Yields 1, then stops once, then yields 2, 3 and stops for good."""

    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls == 2 or self.calls > 4:
            raise StopIteration
        return self.calls if self.calls == 1 else self.calls - 1


def drain(it):
    got = []
    for _ in range(4):
        got.append(next(it, "stop"))
    return got


out = {}
makers = {
    "map": lambda: map(lambda x: x * 10, Stutter()),
    "filter": lambda: filter(None, Stutter()),
    "zip": lambda: zip(Stutter()),
    "enumerate": lambda: enumerate(Stutter()),
    "starmap": lambda: itertools.starmap(lambda x: x, ((v,) for v in [1])),
    "starmap-stutter": lambda: itertools.starmap(lambda *a: a, map(lambda v: (v,), Stutter())),
    "islice": lambda: itertools.islice(Stutter(), 10),
    "chain": lambda: itertools.chain(Stutter()),
    "takewhile": lambda: itertools.takewhile(lambda v: True, Stutter()),
    "dropwhile": lambda: itertools.dropwhile(lambda v: False, Stutter()),
    "filterfalse": lambda: itertools.filterfalse(lambda v: False, Stutter()),
    "accumulate": lambda: itertools.accumulate(Stutter()),
    "compress": lambda: itertools.compress(Stutter(), itertools.repeat(True)),
    "pairwise": lambda: itertools.pairwise(Stutter()),
    "zip_longest": lambda: itertools.zip_longest(Stutter()),
}
for name, make in makers.items():
    out[name] = drain(make())
out
# expect: {'map': [10, 'stop', 20, 30], 'filter': [1, 'stop', 2, 3], 'zip': [(1,), 'stop', (2,), (3,)], 'enumerate': [(0, 1), 'stop', (1, 2), (2, 3)], 'starmap': [1, 'stop', 'stop', 'stop'], 'starmap-stutter': [(1,), 'stop', (2,), (3,)], 'islice': [1, 'stop', 'stop', 'stop'], 'chain': [1, 'stop', 'stop', 'stop'], 'takewhile': [1, 'stop', 2, 3], 'dropwhile': [1, 'stop', 2, 3], 'filterfalse': [1, 'stop', 2, 3], 'accumulate': [1, 'stop', 3, 6], 'compress': [1, 'stop', 2, 3], 'pairwise': ['stop', 'stop', 'stop', 'stop'], 'zip_longest': [(1,), 'stop', 'stop', 'stop']}
