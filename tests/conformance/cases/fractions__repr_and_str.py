from fractions import Fraction
[repr(Fraction(1, 3)), str(Fraction(1, 3)), str(Fraction(6, 4)), str(Fraction(3, 1)), repr(Fraction(-2, 4)), repr(Fraction(0))]
# expect: ['Fraction(1, 3)', '1/3', '3/2', '3', 'Fraction(-1, 2)', 'Fraction(0, 1)']
