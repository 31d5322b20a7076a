# Attacks: math.perm building a huge integer.
# Held: a clean PtcError quickly.
import math
math.perm(10**7, 10**6)
