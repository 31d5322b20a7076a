from decimal import Decimal
[repr(Decimal('1.10')), str(Decimal('1.10')), repr(Decimal('-0')), repr(Decimal('1e5')), repr(Decimal('0.0000001'))]
# expect: ["Decimal('1.10')", '1.10', "Decimal('-0')", "Decimal('1E+5')", "Decimal('1E-7')"]
