from fractions import Fraction as F
(F(1, 2) + 0.25, 0.5 * F(1, 4), F(1, 3) == 1 / 3, F(1, 2) == 0.5, F(1, 3) < 0.34, type(F(1, 2) + 0.5).__name__)
# expect: (0.75, 0.125, False, True, True, 'float')
