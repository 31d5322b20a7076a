# Attacks: tuples holding one program object (compared by identity, natively) next to colliding ints:
# the collision table must see them without calling the object's __hash__ again.
# Held: a clean PtcError within the CPU cap.
# expect: error
class K:
    def __hash__(self):
        return 7
o = K()
m = (1 << 61) - 1
s = {(o, i * m) for i in range(100_000)}
len(s)
