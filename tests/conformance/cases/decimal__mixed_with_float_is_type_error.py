from decimal import Decimal
try:
    Decimal('1.5') + 1.5
except TypeError as e:
    r = str(e)
r
# expect: "unsupported operand type(s) for +: 'decimal.Decimal' and 'float'"
