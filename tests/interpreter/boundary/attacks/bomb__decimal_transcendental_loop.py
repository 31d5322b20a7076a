# Attacks: logarithms and non-integral powers at the largest allowed precision, in a loop (each is
# tens of milliseconds of libmpdec work).
# Held: a clean PtcError (step limit), well within 10 s.
# expect: error
import decimal
decimal.getcontext().prec = 1233
x = decimal.Decimal(2)
while True:
    x = (x.ln() + x.log10() + x ** decimal.Decimal("0.37")).exp()
