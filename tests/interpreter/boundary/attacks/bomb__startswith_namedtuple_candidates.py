# Attacks: str.startswith with a namedtuple of 1,000 candidates (a tuple subclass, which CPython
# accepts as a tuple of candidates) through a bound method mapped over 10,000 references. The
# receiver is 256 characters (below the long-text charge) and 4-byte wide, each candidate 255
# 1-byte characters matching its first and last, so each candidate is compared character by
# character; the dispatch charged a tuple of candidates only when its type was exactly tuple.
# Broken before round 7: > 20 s CPU on the default budget. Held: a clean PtcLimitError.
from collections import namedtuple

P = namedtuple("P", ["f%d" % i for i in range(1000)])
r = "x" * 255 + "\U0001F600"
ts = [P(*(["x" * 128 + "b" + "x" * 126] * 1000))] * 10_000
n = 0
while True:
    n += sum(map(r.startswith, ts)) + r.endswith(ts[0])
