# Attacks: random.getrandbits(10**9).
# Held: a clean PtcError.
import random
random.getrandbits(10**9) > 0
