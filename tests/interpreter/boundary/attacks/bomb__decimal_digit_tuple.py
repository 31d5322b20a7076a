# Attacks: a Decimal from a digit tuple of 10^5 digits and an exponent past the C range.
# Held: a clean PtcError or the program's own error.
# expect: error
import decimal
d = decimal.Decimal((0, (9,) * 100_000, 10**30))
d * d
