# Attacks: a deep zip() chain built by native reduce over itertools.repeat.
# Held: a clean PtcError.
import functools, itertools
x = functools.reduce(zip, itertools.repeat([1], 140_000), [1])
list(x)
