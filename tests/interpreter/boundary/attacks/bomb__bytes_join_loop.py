# Attacks: b''.join of a 100k list of bytes repeatedly.
# Held: a clean PtcError within the CPU cap.
parts = [b"ab"] * 100_000
n = 0
for i in range(100_000):
    n += len(b"".join(parts))
n
