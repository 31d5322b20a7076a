from fractions import Fraction
f = Fraction(1, 2)
(type(f).__name__, repr(type(f)), type(f) is Fraction, isinstance(f, Fraction), isinstance(0.5, Fraction), bool(Fraction(0)), repr(-f), repr(abs(-f)))
# expect: ('Fraction', "<class 'fractions.Fraction'>", True, True, False, False, 'Fraction(-1, 2)', 'Fraction(1, 2)')
