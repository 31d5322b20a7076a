# Attacks: a frozenset hash XORs its elements' shuffled hashes, and the shuffle is invertible: for
# most small a there is b with hash(frozenset({a, b})) equal to any target.
# Held: a clean PtcError within the CPU cap.
# expect: error
MASK = (1 << 64) - 1
M = (1 << 61) - 1
C = 89869747
K = 3644798167
KI = 7905530827793432295  # K ** -1 mod 2**64
S = 0xDEADBEEF


def shuffle(h):
    return ((h ^ C) ^ (h << 16)) * K & MASK


def unshuffle(y):
    u = (y * KI & MASK) ^ C
    return (u ^ (u << 16) ^ (u << 32) ^ (u << 48)) & MASK


keys = []
a = 1
while len(keys) < 6000:
    lane = unshuffle(S ^ shuffle(a))
    b = lane if lane < M else (lane - (1 << 64) if lane > MASK - M + 1 and lane != MASK else None)
    if b is not None and b != a:
        keys.append(frozenset({a, b}))
    a += 1
for _ in range(100):
    s = set(keys)
len(s)
