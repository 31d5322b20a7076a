# Attacks: hash() of Decimals and Fractions (NaN: CPython hashes a Decimal NaN by id since 3.10),
# sets mixing them, in hash-seed-dependent containers.
# Held: identical output under three hash seeds.
import decimal
from decimal import Decimal
from fractions import Fraction
vals = [Decimal("NaN"), Decimal("-NaN"), Decimal("Infinity"), Decimal("1.5"), Fraction(3, 2), Decimal("1e-5000"), Fraction(10**300, 7)]
r = []
for v in vals:
    try:
        r.append(hash(v))
    except Exception as e:
        r.append(type(e).__name__ + ": " + str(e))
print(r)
print({Decimal("NaN"), Decimal("NaN"), "a", "b", Fraction(1, 3), Decimal("2.5")})
print(sorted({Decimal("NaN"): 1, Decimal("NaN"): 2}.values()))
try:
    print(hash(Decimal("sNaN")))
except Exception as e:
    print(type(e).__name__, e)
