# Attacks: math.prod of a big range (quadratic native multiplication).
# Held: a clean PtcError.
import math
math.prod(range(1, 99_999))
