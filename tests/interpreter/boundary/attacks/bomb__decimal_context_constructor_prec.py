# Attacks: Context(prec=...) and localcontext(prec=...) at the largest precision CPython allows.
# Held: a clean PtcError.
# expect: error
import decimal
with decimal.localcontext(decimal.Context(prec=decimal.MAX_PREC)) as c:
    decimal.Decimal(1) / decimal.Decimal(3)
