# Attacks: functools.wraps onto builtins shared across runs (print, math.sqrt, super).
# Held: a clean PtcError; later runs unaffected.
import functools, math
def evil(*a):
    return 0
functools.wraps(evil)(print)
functools.wraps(evil)(math.sqrt)
functools.wraps(evil)(super)
[print.__name__, math.sqrt.__name__, super.__name__]
