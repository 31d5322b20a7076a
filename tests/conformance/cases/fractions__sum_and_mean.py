from fractions import Fraction as F
parts = [F(1, 2), F(1, 3), F(1, 6)]
(repr(sum(parts)), sum(parts) == 1, repr(sum(parts) / len(parts)))
# expect: ('Fraction(1, 1)', True, 'Fraction(1, 3)')
