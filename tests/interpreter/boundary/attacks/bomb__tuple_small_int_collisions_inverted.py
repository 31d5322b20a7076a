# Attacks: CPython's tuple hash is invertible: for most small a there is an int b below 2**61 - 1
# with hash((a, b)) equal to any target, so 2-tuples of 'small' ints (which hash to themselves) share one
# full hash; a dict of them probes quadratically in C.
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

keys = colliding_pairs(4000)
for _ in range(200):
    d = {k: 1 for k in keys}
len(d)
