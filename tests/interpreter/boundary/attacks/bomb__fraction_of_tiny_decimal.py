# Attacks: Fraction(Decimal('1e-999999')) (a denominator of 10^999999).
# Held: a clean PtcError (int limit).
# expect: error
import decimal, fractions
fractions.Fraction(decimal.Decimal("1e-999999"))
