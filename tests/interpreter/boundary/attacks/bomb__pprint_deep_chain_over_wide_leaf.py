# Attacks: pformat(width=1) of a 190-deep chain of lists over a 900k-character leaf (CPython
# re-reprs the whole subtree at every level: depth x size), 20 times over.
# Held: a clean PtcError within the CPU cap.
# expect: error
import pprint
x = ["a" * 900] * 1000
for _ in range(190):
    x = [x]
s = [pprint.pformat(x, width=1) for _ in range(20)]
len(s)
