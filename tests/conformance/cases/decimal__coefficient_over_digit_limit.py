from decimal import Decimal
d = Decimal('1' * 2000)
str(d.sqrt())[:5]
# expect: '3.333'
