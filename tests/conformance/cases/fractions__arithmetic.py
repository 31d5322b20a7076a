from fractions import Fraction as F
[repr(x) for x in [F(1, 3) + F(1, 6), F(1, 3) - 1, F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), 3 - F(1, 3), 1 / F(3)]]
# expect: ['Fraction(1, 2)', 'Fraction(-2, 3)', 'Fraction(1, 2)', 'Fraction(2, 1)', 'Fraction(8, 3)', 'Fraction(1, 3)']
