import decimal
c = decimal.Context(prec=10, rounding=decimal.ROUND_HALF_UP, traps=[decimal.Overflow])
(repr(c), repr(decimal.getcontext()), c.prec, c.Emax, c.capitals)
# expect: ('Context(prec=10, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[Overflow])', 'Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])', 10, 999999, 1)
