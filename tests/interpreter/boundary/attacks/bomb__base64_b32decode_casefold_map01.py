# Attacks: base64.b32decode with casefold and map01 options over a large input in a loop.
# Held: a result or clean PtcError within budget.
import base64
s = base64.b32encode(b"\xff" * 500000).lower()
n = 0
for _ in range(40):
    n += len(base64.b32decode(s, True, b"L"))
n
