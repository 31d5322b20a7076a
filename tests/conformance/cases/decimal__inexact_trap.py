import decimal
ctx = decimal.Context(prec=5, traps=[decimal.Inexact])
try:
    ctx.divide(decimal.Decimal(1), decimal.Decimal(3))
except decimal.Inexact as e:
    r = str(e)
(r, str(ctx.divide(decimal.Decimal(1), decimal.Decimal(4))))
# expect: ("[<class 'decimal.Inexact'>]", '0.25')
