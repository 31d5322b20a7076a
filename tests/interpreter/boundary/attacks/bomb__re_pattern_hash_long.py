# Attacks: a compiled pattern hashes its source text (BLAKE2b) on every hash, uncharged: `{p: 1}` and
# `hash(p)` of a 100,000-character pattern in a loop ran 19-47 times the calibration loop.
# Held: the hash is computed once (compiling paid for the scan).
import re
p = re.compile("a" * 100000)
d = {}
n = 0
while True:
    d[p] = hash(p)
    n += 1
