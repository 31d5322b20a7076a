# Attacks: Fraction arithmetic is CPython's Python code (a gcd and a new Fraction per operation), and
# small Fractions charged nothing: `x+x+…+x` (12 terms) in a loop ran 19 times the calibration loop.
# Held: each Fraction operation and comparison costs two steps.
from fractions import Fraction
x = Fraction(1, 3)
while True:
    y = x+x+x+x+x+x+x+x+x+x+x+x
    z = x < x or x < x or x < x or x < x or x < x or x < x
