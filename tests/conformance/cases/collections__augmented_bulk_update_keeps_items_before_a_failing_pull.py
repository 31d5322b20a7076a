from collections import deque
def items():
    yield 1
    yield 2
    raise ValueError("boom")
out = []
xs = [0]
try:
    xs += items()
except ValueError:
    out.append(xs)
q = deque([0])
try:
    q += items()
except ValueError:
    out.append(list(q))
d = {0: 0}
try:
    d |= ((i, i) for i in items())
except ValueError:
    out.append(d)
d = {0: 0}
try:
    d |= [(1, 1), 2, (3, 3)]
except TypeError as e:
    out.append((str(e), d))
s = {0}
try:
    s |= set(items())
except ValueError:
    out.append(s)
out
# expect: [[0, 1, 2], [0, 1, 2], {0: 0, 1: 1, 2: 2}, ('cannot convert dictionary update sequence element #1 to a sequence', {0: 0, 1: 1}), {0}]
