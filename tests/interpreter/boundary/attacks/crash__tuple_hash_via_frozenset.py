# Attacks: hashing a 270k-deep tuple through frozenset() construction.
# Held: a clean PtcError.
import functools
x = functools.reduce(lambda a, b: (a,), range(270_000), ())
frozenset([x])
