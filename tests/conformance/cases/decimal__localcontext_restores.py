from decimal import Decimal, localcontext, getcontext
with localcontext() as ctx:
    ctx.prec = 4
    inside = str(Decimal(2).sqrt())
outside = str(Decimal(2).sqrt())
(inside, outside, getcontext().prec)
# expect: ('1.414', '1.414213562373095048801688724', 28)
