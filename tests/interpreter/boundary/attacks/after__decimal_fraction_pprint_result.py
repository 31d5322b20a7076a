# Attacks: a final value holding Decimals, Fractions, a PrettyPrinter, a SequenceMatcher and a
# program object whose __repr__ calls pprint and prints (the result is converted after the body).
# Held: no program output after run() returned.
import difflib
import pprint
from decimal import Decimal
from fractions import Fraction
class R:
    def __repr__(self):
        print("AFTER: repr ran")
        return pprint.pformat([Decimal("1.5"), Fraction(1, 3)])
[Decimal("NaN"), Fraction(1, 3), pprint.PrettyPrinter(), difflib.SequenceMatcher(None, "a", "b"), R(), {R(): R()}]
