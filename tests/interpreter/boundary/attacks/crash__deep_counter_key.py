# Attacks: collections.Counter hashing a 300k-deep tuple.
# Held: a clean PtcError.
import collections, functools
t = functools.reduce(lambda acc, _: (acc, 0), range(300_000), ())
collections.Counter([t])
