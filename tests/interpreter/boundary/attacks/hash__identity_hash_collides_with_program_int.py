# Attacks: identity hashes now come from the run's id() counter (2**43 + n) and are remembered in
# ctx.native_hashes as "program hash -> host hash". A program class whose __hash__ returns the same
# int (here hash(f) itself, the value an int key holds) is translated to the function's host
# (address) hash, so it no longer meets the int key it equals: dict lookup and `in` silently differ
# from CPython (where hash(K()) == h and the int key h is found).
# Held: lookups agree with CPython.
# expect: value ('int key', True, True)
def f():
    pass
h = hash(f)
class K:
    def __hash__(self):
        return h
    def __eq__(self, other):
        return other == h
d = {h: "int key"}
try:
    r1 = d[K()]
except KeyError:
    r1 = "KeyError"
(r1, K() in {h}, h in {K()})
