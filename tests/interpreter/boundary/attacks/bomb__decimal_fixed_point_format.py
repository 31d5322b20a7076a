# Attacks: a one-digit Decimal with a huge exponent formatted in fixed point (a 10^9-character text).
# Held: a clean PtcError.
# expect: error
import decimal
decimal.getcontext().Emax = decimal.MAX_EMAX
d = decimal.Decimal("1e999999999")
s = f"{d:f}"
len(s)
