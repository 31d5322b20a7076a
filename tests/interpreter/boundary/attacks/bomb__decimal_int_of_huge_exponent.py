# Attacks: int() of Decimal('1e999999'), a one-digit value whose int has 3.3 million bits.
# Held: a clean PtcError (int limit), before the int is computed.
# expect: error
import decimal
int(decimal.Decimal("1e999999"))
