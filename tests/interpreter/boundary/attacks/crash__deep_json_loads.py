# Attacks: json.loads of 100k-deep nested arrays.
# Held: a clean PtcError.
import json
v = json.loads("[" * 100_000 + "]" * 100_000)
v == v
