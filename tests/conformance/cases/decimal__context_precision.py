from decimal import Decimal, getcontext
getcontext().prec = 6
a = Decimal(1) / Decimal(7)
getcontext().prec = 28
b = Decimal(1) / Decimal(7)
(str(a), str(b), str(+Decimal('3.14159265358979')))
# expect: ('0.142857', '0.1428571428571428571428571429', '3.14159265358979')
