# Attacks: random.randbytes(10**9).
# Held: a clean PtcError.
import random
len(random.randbytes(10**9))
