# Attacks: math.floor() of Decimal('1e999999') (its __floor__ builds the whole int).
# Held: a clean PtcError (int limit).
# expect: error
import decimal, math
math.floor(decimal.Decimal("1e999999"))
