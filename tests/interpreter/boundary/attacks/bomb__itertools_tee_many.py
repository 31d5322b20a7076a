# Attacks: itertools.tee asked for 10**8 copies.
# Held: a clean PtcError.
import itertools
len(itertools.tee([1], 10**8))
