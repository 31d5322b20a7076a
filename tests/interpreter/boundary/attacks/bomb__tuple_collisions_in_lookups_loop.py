# Attacks: a legit-sized set (3000) of colliding tuples, then many membership tests of a colliding
# key that is not in it: each `in` walks the whole probe path.
# Held: a clean PtcError within the CPU cap.
# expect: error
MASK = (1 << 64) - 1
M = (1 << 61) - 1
P1 = 11400714785074694791
P2 = 14029467366897019727
P5 = 2870177450012600261
I1 = 614540362697595703  # P1 ** -1 mod 2**64
I2 = 839798700976720815  # P2 ** -1 mod 2**64
L2 = 2870177450013471924  # 2 ^ P5 ^ 3527539: the length mixed in last


def rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & MASK


def rotr(x, r):
    return ((x >> r) | (x << (64 - r))) & MASK


def partner(a, target):
    """The int b (|b| < 2**61 - 1, so hash(b) == b) with hash((a, b)) == target, if there is one."""
    acc = rotl((P5 + a * P2) & MASK, 31) * P1 & MASK
    lane = (rotr((target - L2) * I1 & MASK, 31) - acc) * I2 & MASK
    if lane < M:
        return lane
    if lane > MASK - M + 1 and lane != MASK:
        return lane - (1 << 64)
    return None


def colliding_pairs(count, target=777):
    pairs = []
    a = 0
    while len(pairs) < count:
        b = partner(a, target)
        if b is not None:
            pairs.append((a, b))
        a += 1
    return pairs

keys = colliding_pairs(3001)
probe = keys.pop()
s = set(keys)
hits = 0
for _ in range(1_000_000):
    if probe in s:
        hits += 1
hits
