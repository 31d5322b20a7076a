# Attacks: a 250k-deep enumerate() chain built by native functools.reduce (1 step per level), then pulled.
# Held: a clean PtcError; the process survives.
import functools
x = functools.reduce(enumerate, range(250_000), [1])
next(x)
