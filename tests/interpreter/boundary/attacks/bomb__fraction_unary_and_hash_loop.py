# Attacks: unary `-` on a Fraction is CPython's Python code (a new Fraction), uncharged: 28 of them in
# one statement (under the big-expression size) in a loop ran 19 times the calibration loop's CPU per
# step; and hashing a Fraction with a 4,000-bit denominator recomputed its modular inverse on every
# `d[f]` (5x). Held: unary operators on objects cost a step; a Fraction's hash is computed once.
from fractions import Fraction
f = Fraction(1, 3)
g = Fraction(1, 3 ** 2500 + 2)
d = {}
while True:
    y = ----------------------------f
    d[g] = 1
