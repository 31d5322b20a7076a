# Attacks: json.dumps of a DAG-shaped list (2**40 leaves when expanded).
# Held: a clean PtcError.
import json
x = [1]
for _ in range(40):
    x = [x, x]
len(json.dumps(x))
