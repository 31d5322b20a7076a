from decimal import Decimal
[str(Decimal('120.00').normalize()), str(Decimal('0.00').normalize()), str(Decimal('1.5').to_integral_value()), str(Decimal('2.5').to_integral_value()), str(Decimal('-1.7').to_integral()), Decimal('1E+2').to_eng_string(), str(Decimal('1E+2') + 0)]
# expect: ['1.2E+2', '0', '2', '2', '-2', '100', '100']
