# Attacks: an __index__ instance passed where native code takes a size (str.center, bytes, zfill,
# ljust, expandtabs, math.factorial, random.getrandbits, int.to_bytes): the host never sees a
# host __index__, so none of them can allocate past the checks.
# Held: a clean error (TypeError) or a size-checked result, never a big allocation.
import math, random
class Big:
    def __index__(self):
        return 10**8
out = []
for attempt in (
    lambda: "x".center(Big()),
    lambda: "x".zfill(Big()),
    lambda: "x".ljust(Big(), "y"),
    lambda: "a\tb".expandtabs(Big()),
    lambda: bytes(Big()),
    lambda: math.factorial(Big()),
    lambda: random.getrandbits(Big()),
    lambda: (1).to_bytes(Big(), "big"),
):
    try:
        r = attempt()
        out.append(len(str(r)) if len(str(r)) < 10**6 else "big")
    except Exception as e:
        out.append(type(e).__name__)
out
