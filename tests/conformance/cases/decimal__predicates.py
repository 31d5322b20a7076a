from decimal import Decimal
vals = [Decimal('NaN'), Decimal('sNaN'), Decimal('-Infinity'), Decimal('0'), Decimal('-0.5'), Decimal('1e-999999')]
[(v.is_nan(), v.is_snan(), v.is_infinite(), v.is_finite(), v.is_zero(), v.is_signed(), v.number_class()) for v in vals]
# expect: [(True, False, False, False, False, False, 'NaN'), (True, True, False, False, False, False, 'sNaN'), (False, False, True, False, False, True, '-Infinity'), (False, False, False, True, True, False, '+Zero'), (False, False, False, True, False, True, '-Normal'), (False, False, False, True, False, False, '+Normal')]
