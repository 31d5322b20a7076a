import itertools, sys
class Number:
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        print("repr of", self.value)
        return f"Number({self.value})"
    def __index__(self):
        return self.value
    def __add__(self, other):
        return Number(self.value + (other.value if isinstance(other, Number) else other))
out = [repr(itertools.count(1)), repr(itertools.count(1.5, 2)), repr(itertools.repeat(9, 2)), repr(itertools.repeat("a")),
       repr(itertools.count()), repr(itertools.count(True)), repr(itertools.count(True, 2)), repr(itertools.count(2, True)),
       repr(itertools.count(1, 1.0)), repr(itertools.count(2**70)), repr(itertools.count(-5, -1)), str(itertools.count(3))]
c = itertools.count(1.5, 2); next(c); next(c); out.append(repr(c))
c = itertools.count(True); out.append((next(c), next(c), repr(c)))
c = itertools.count(True, 2); out.append((next(c), next(c), repr(c)))
r = itertools.repeat([1], 2); next(r); out.append(repr(r)); next(r); out.append(repr(r)); out.append(list(r)); out.append(repr(r))
out.append(repr(itertools.repeat(9, -3)))
out.append(repr(itertools.repeat(9, times=Number(3))))
out.append(repr(itertools.repeat(Number(1), 2)))
out.append(str(itertools.repeat(Number(1))))
out.append(f"{itertools.repeat(Number(1))}")
out.append(repr([itertools.count(5, 3)]))
c = itertools.count(Number(2), Number(3)); next(c); out.append(repr(c))
c = itertools.count(sys.maxsize - 1); out.append((next(c), next(c), repr(c), next(c), repr(c)))
for bad in [lambda: itertools.repeat(9, None), lambda: itertools.repeat(9, 1.5), lambda: itertools.count("a"),
            lambda: itertools.repeat(9, 2**70), lambda: itertools.count(1, "x"), lambda: itertools.repeat()]:
    try:
        bad()
        out.append("ok")
    except (TypeError, OverflowError) as e:
        out.append((type(e).__name__, str(e)))
out
# expect: ['count(1)', 'count(1.5, 2)', 'repeat(9, 2)', "repeat('a')", 'count(0)', 'count(1)', 'count(True, 2)', 'count(2)', 'count(1, 1.0)', 'count(1180591620717411303424)', 'count(-5, -1)', 'count(3)', 'count(5.5, 2)', (1, 2, 'count(3)'), (True, 3, 'count(5, 2)'), 'repeat([1], 1)', 'repeat([1], 0)', [], 'repeat([1], 0)', 'repeat(9, 0)', 'repeat(9, 3)', 'repeat(Number(1), 2)', 'repeat(Number(1))', 'repeat(Number(1))', '[count(5, 3)]', 'count(Number(5), Number(3))', (9223372036854775806, 9223372036854775807, 'count(9223372036854775808)', 9223372036854775808, 'count(9223372036854775809)'), ('TypeError', "'NoneType' object cannot be interpreted as an integer"), ('TypeError', "'float' object cannot be interpreted as an integer"), ('TypeError', 'a number is required'), ('OverflowError', 'Python int too large to convert to C ssize_t'), ('TypeError', 'a number is required'), ('TypeError', "repeat() missing required argument 'object' (pos 1)")]
