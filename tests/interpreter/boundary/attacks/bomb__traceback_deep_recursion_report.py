# Attacks: an exception raised at max recursion depth with long source lines (report size).
# Held: a clean PtcError.
# expect: error
def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)
f(95)
