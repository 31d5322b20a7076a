# Attacks: bytes.count of a long pattern in a long bytes value, repeated.
# Held: a clean PtcError within the CPU cap.
b = b"a" * 1_000_000
n = 0
for i in range(100_000):
    n += b.count(b"a" * 500_000)
n
