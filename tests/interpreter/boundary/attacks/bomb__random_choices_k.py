# Attacks: random.choices with k=10**9.
# Held: a clean PtcError.
import random
len(random.choices([1, 2], k=10**9))
