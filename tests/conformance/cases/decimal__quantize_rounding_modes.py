from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP]
[(m, str(Decimal('2.345').quantize(Decimal('0.01'), rounding=m)), str(Decimal('-2.345').quantize(Decimal('0.01'), rounding=m))) for m in modes]
# expect: [('ROUND_HALF_UP', '2.35', '-2.35'), ('ROUND_HALF_EVEN', '2.34', '-2.34'), ('ROUND_DOWN', '2.34', '-2.34'), ('ROUND_UP', '2.35', '-2.35'), ('ROUND_FLOOR', '2.34', '-2.35'), ('ROUND_CEILING', '2.35', '-2.34'), ('ROUND_HALF_DOWN', '2.34', '-2.34'), ('ROUND_05UP', '2.34', '-2.34')]
