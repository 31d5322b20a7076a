# Attacks: functools.cache hashing a 300k-deep tuple argument.
# Held: a clean PtcError.
import functools
@functools.cache
def f(x):
    return 1
t = ()
for i in range(300_000):
    t = (t,)
f(t)
