# Attacks: a program bound method's hash is now `identity(receiver) ^ identity(function)`, and both
# identities are 2**43 + a small run counter, so the XOR is a small int (the counters XORed), which
# is recorded in ctx.native_hashes as "program hash -> host hash of the method". From then on every
# program object whose __hash__ returns that small int (an int-like wrapper hashing its int) is
# moved to the method's address-derived host hash and no longer finds the equal int key: merely
# keying callbacks by hash() breaks unrelated dict lookups, silently (CPython finds every key).
# Held: every wrapper finds its int key, as CPython.
# expect: value ([], True)
class Handler:
    def on_a(self):
        pass
    def on_b(self):
        pass
handlers = [Handler() for _ in range(6)]
callbacks = {}
for h in handlers:
    callbacks[hash(h.on_a)] = h.on_a
    callbacks[hash(h.on_b)] = h.on_b
class IntLike:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == (other.n if isinstance(other, IntLike) else other)
table = {i: "value " + str(i) for i in range(64)}
missing = [i for i in range(64) if IntLike(i) not in table]
(missing, len(callbacks) == 12)
