# Attacks: reprs of the context's flags/traps mappings and their keys (the host's signal
# classes), signal classes' names, and messages of Decimal/Context errors.
# Held: CPython's text; no address or host path.
import decimal
from decimal import Decimal, getcontext
c = getcontext()
print(repr(c), c.flags, c.traps, list(c.flags)[:3], c.flags.copy() if hasattr(c.flags, "copy") else None)
print(decimal.InvalidOperation, decimal.DivisionByZero.__name__, decimal.Clamped("x"))
tries = [
    lambda: c.traps[5],
    lambda: c.traps.__setitem__(decimal.Inexact, "x"),
    lambda: decimal.Context(flags={1: 2}),
    lambda: decimal.Context(traps=[object()]),
    lambda: Decimal(object()),
    lambda: Decimal(1) + object(),
    lambda: c.add(object(), 1),
    lambda: Decimal("1").quantize(object()),
    lambda: Decimal(1).__round__(object()),
    lambda: c.create_decimal([1, 2]),
    lambda: Decimal((0, (1, "x"), 0)),
    lambda: Decimal(1) / 0,
    lambda: setattr(c, "prec", "x"),
    lambda: setattr(c, "nonexistent", 1),
]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
