# Attacks: pformat of a 190-deep chain of dicts over a 900k-character value, 20 times over.
# Held: a clean PtcError within the CPU cap.
# expect: error
import pprint
x = {"k": "v" * 900000}
for _ in range(190):
    x = {"k": x}
s = [pprint.pformat(x, width=100) for _ in range(20)]
len(s)
