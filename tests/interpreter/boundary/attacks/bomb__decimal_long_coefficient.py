# Attacks: a Decimal from a 999,999-digit string, then multiplication and division with it.
# Held: a clean PtcError (the coefficient is over the run's digit limit).
# expect: error
import decimal
d = decimal.Decimal("7" * 999_999)
d * d / 3
