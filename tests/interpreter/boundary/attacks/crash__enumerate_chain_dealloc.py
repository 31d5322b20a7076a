# Attacks: a 250k-deep enumerate() chain dropped without being pulled (recursive dealloc).
# Held: a clean PtcError or a result; the process survives.
import functools
x = functools.reduce(enumerate, range(250_000), [1])
x = None
1
