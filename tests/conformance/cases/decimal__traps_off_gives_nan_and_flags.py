import decimal
ctx = decimal.getcontext()
ctx.traps[decimal.InvalidOperation] = False
ctx.traps[decimal.DivisionByZero] = False
r = [str(decimal.Decimal('oops')), str(decimal.Decimal(1) / 0), str(decimal.Decimal(0) / 0)]
(r, ctx.flags[decimal.InvalidOperation], ctx.flags[decimal.DivisionByZero])
# expect: (['NaN', 'Infinity', 'NaN'], True, True)
