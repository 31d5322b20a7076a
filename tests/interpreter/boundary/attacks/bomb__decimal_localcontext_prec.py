# Attacks: localcontext(prec=10**6) then sqrt at a million digits.
# Held: a clean PtcError.
# expect: error
import decimal
with decimal.localcontext(prec=10 ** 6):
    decimal.Decimal(2).sqrt()
