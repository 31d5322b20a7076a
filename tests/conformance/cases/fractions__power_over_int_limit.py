from fractions import Fraction
f = Fraction(1, 3) ** 10000
f.denominator % 1000
# expect: 1
