# Attacks: building and hashing fresh 1M-char strings as dict keys.
# Held: a clean PtcError within the CPU cap.
s = "x" * 999_999
d = {}
n = 0
for i in range(100_000):
    n += (s + "y") in d
n
