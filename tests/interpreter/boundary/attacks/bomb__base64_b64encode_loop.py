# Attacks: base64.b64encode of its own output, repeatedly (growth by 4/3 each time).
# Held: a clean PtcError.
# expect: error
import base64
x = b"a" * 1000
while True:
    x = base64.b64encode(x)
