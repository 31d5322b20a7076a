from fractions import Fraction
from decimal import Decimal
[repr(Fraction(0.25)), repr(Fraction(0.1)), repr(Fraction(Decimal('1.1'))), repr(Fraction.from_float(1.5)), repr(Fraction.from_decimal(Decimal('-0.75')))]
# expect: ['Fraction(1, 4)', 'Fraction(3602879701896397, 36028797018963968)', 'Fraction(11, 10)', 'Fraction(3, 2)', 'Fraction(-3, 4)']
