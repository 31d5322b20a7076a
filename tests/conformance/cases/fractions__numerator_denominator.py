from fractions import Fraction
f = Fraction(-6, 4)
(f.numerator, f.denominator, f.as_integer_ratio(), Fraction(5).denominator, f.real == f, f.imag)
# expect: (-3, 2, (-3, 2), 1, True, 0)
