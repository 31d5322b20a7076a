from fractions import Fraction as F
(F(7, 2) // 1, repr(F(7, 2) % 1), repr(divmod(F(7, 2), F(1, 3))), repr(F(-7, 2) % F(1, 3)), F(-7, 2) // F(1, 3))
# expect: (3, 'Fraction(1, 2)', '(10, Fraction(1, 6))', 'Fraction(1, 6)', -11)
