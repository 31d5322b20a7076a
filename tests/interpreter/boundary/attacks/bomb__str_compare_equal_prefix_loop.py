# Attacks: == between two distinct 1M-char strings in a loop.
# Held: a clean PtcError within the CPU cap.
a = "q" * 999_999 + "1"
b = "q" * 999_999 + "2"
n = 0
for i in range(200_000):
    n += a == b
n
