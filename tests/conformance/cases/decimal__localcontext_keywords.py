import decimal
with decimal.localcontext(prec=5, rounding=decimal.ROUND_DOWN) as c:
    r = str(decimal.Decimal(2) / 3)
(r, c.prec, c.rounding, decimal.getcontext().rounding)
# expect: ('0.66666', 5, 'ROUND_DOWN', 'ROUND_HALF_EVEN')
