# Attacks: hashlib hash .copy() in a loop, keeping every copy alive (memory per copy is uncharged).
# Held: a clean PtcError within the caps.
# expect: error
import hashlib
h = hashlib.sha3_512(b"x")
keep = []
while True:
    keep.append(h.copy())
