# Attacks: CPython's classic exponential blow-up: every frame catches RecursionError and recurses
# again, so each level doubles the work.
# Held: a clean PtcError (step budget) within the CPU cap.
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return f(n + 1)
f(0)
