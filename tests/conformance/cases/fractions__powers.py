from fractions import Fraction as F
[repr(F(2, 3) ** 3), repr(F(2, 3) ** -2), F(4) ** F(1, 2), repr(2 ** F(3)), 2 ** F(1, 2), repr(F(-1, 2) ** 0)]
# expect: ['Fraction(8, 27)', 'Fraction(9, 4)', 2.0, '8', 1.4142135623730951, 'Fraction(1, 1)']
