from fractions import Fraction
try:
    Fraction(1.5, 2)
except TypeError as e:
    r = str(e)
(r, repr(Fraction(Fraction(1, 2), Fraction(1, 3))))
# expect: ('both arguments should be Rational instances', 'Fraction(3, 2)')
