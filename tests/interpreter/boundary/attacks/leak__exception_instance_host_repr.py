# Attacks: repr of a caught host-module exception instance.
# Held: no host module path.
import json
try:
    json.loads("{")
except json.JSONDecodeError as e:
    r = [repr(e), str(type(e)), type(e).__name__]
r
