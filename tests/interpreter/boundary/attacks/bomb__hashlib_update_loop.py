# Attacks: hashlib.sha512().update of 1 MB repeatedly (each update must be charged by its length).
# Held: a clean PtcError (step budget).
# expect: error
import hashlib
h = hashlib.sha512()
b = b"x" * 1000000
while True:
    h.update(b)
