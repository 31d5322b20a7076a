# Attacks: json.loads of a 1M-char document repeated.
# Held: a clean PtcError within the CPU cap.
import json
doc = "[" + "1," * 499_000 + "1]"
n = 0
for i in range(100_000):
    n += len(json.loads(doc))
n
