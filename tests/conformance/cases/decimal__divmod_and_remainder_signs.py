from decimal import Decimal
[str(Decimal(-7) // 2), str(Decimal(-7) % 2), [str(x) for x in divmod(Decimal(7), Decimal(-2))], str(Decimal(7).remainder_near(Decimal(4))), -7 // 2, -7 % 2]
# expect: ['-3', '-1', ['-3', '1'], '-1', -4, 1]
