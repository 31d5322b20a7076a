# Attacks: json.dumps of 100k-deep nested lists.
# Held: a clean PtcError.
import json
x = []
for i in range(100_000):
    x = [x]
len(json.dumps(x))
