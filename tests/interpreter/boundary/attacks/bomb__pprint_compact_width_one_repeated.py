# Attacks: pformat(width=1, compact=True) of 100k 100-character strings, 100 times over.
# Held: a clean PtcError within the CPU cap.
# expect: error
import pprint
s = ["a" * 100] * 100000
out = [pprint.pformat(s, width=1, compact=True) for _ in range(100)]
len(out)
