from decimal import Decimal
try:
    f'{Decimal("1.5"):_.3f}'
except ValueError as e:
    r = str(e)
r
# expect: 'invalid format string'
