# Attacks: pformat of a 100k-key dict (sorted, one line per key at width=1), 30 times over.
# Held: a clean PtcError within the CPU cap.
# expect: error
import pprint
x = {}
for i in range(100000):
    x[i] = "v"
out = [pprint.pformat(x, sort_dicts=True, width=1) for _ in range(30)]
len(out)
