# Attacks: substring search of a missing pattern in a 1M string repeated.
# Held: a clean PtcError within the CPU cap.
s = "ab" * 500_000
n = 0
for i in range(100_000):
    n += ("ba" * 10 + "c") in s
n
