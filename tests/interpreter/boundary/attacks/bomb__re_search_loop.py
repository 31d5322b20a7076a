# Attacks: re.search of a missing literal in a 1M string repeated.
# Held: a clean PtcError within the CPU cap.
import re
s = "a" * 1_000_000
p = re.compile("b")
n = 0
for i in range(100_000):
    n += p.search(s) is None
n
