# Attacks: an uncaught exception with a 50k-long __context__ chain built by nested handlers in a loop.
# Held: a clean PtcError.
def f(n):
    try:
        raise KeyError(n)
    except KeyError:
        if n:
            f(n - 1)
        raise
errs = []
for i in range(200):
    try:
        f(150)
    except KeyError as e:
        errs.append(e)
raise ValueError("x") from errs[-1]
