# Attacks: a program __index__ returning a huge count, used as a size ([0] * obj, "x" * obj, obj * b"x",
# list *= obj, range(obj) materialized, a slice of a huge step).
# Held: a clean PtcError (LimitExceeded) before anything is allocated.
class Big:
    def __index__(self):
        return 10**9
kept = []
for attempt in (lambda: [0] * Big(), lambda: "x" * Big(), lambda: Big() * b"x", lambda: list(range(Big()))):
    try:
        kept.append(attempt())
    except Exception as e:
        kept.append(type(e).__name__)
xs = [1]
xs *= Big()
len(xs)
