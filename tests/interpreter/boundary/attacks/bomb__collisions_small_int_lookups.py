# Attacks: small ints hash to themselves and cost nothing as keys, but the big ints 5 + i * (2**61 - 1)
# hash to 5 too: once a cluster of them is paid for, looking up the small int 5 (in, get, [], match,
# a set) walks the whole cluster every time.
# Held: a clean PtcError within the CPU cap.
# expect: error
m = (1 << 61) - 1
d = {5 + i * m: i for i in range(1, 1200)}
s = set(d)
n = 0
for _ in range(1_000_000):
    n += (5 in d) + (d.get(5) is None) + (5 in s) + (True in d)
    match d:
        case {5: v}:
            n += 1
n
