# Attacks: math.lcm over a range (result grows past max_int_bits inside one native call).
# Held: a clean PtcError.
import math
math.lcm(*range(1, 90_000))
