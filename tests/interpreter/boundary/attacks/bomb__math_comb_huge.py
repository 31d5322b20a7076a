# Attacks: math.comb building a million-bit integer before any size check.
# Held: a clean PtcError quickly.
import math
math.comb(10**7, 5 * 10**6)
