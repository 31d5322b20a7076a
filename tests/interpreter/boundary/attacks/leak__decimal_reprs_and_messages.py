# Attacks: reprs and error messages of decimal's objects (context manager, signal dicts, contexts,
# classes, conversion errors) for addresses and host paths.
# Held: a value with nothing leaked.
import decimal, fractions
out = [repr(decimal.localcontext()), repr(decimal.getcontext().traps), repr(decimal.Decimal), repr(type(decimal.getcontext())),
       repr(fractions.Fraction), repr(type(fractions.Fraction(1))), repr(decimal.Decimal(1).as_tuple()), repr(decimal.InvalidOperation)]
for f in (lambda: decimal.Decimal([]), lambda: decimal.Decimal(object()), lambda: decimal.Decimal(1) + "a",
          lambda: fractions.Fraction(object()), lambda: decimal.Decimal(1).foo, lambda: fractions.Fraction(1) + decimal.Decimal(1),
          lambda: decimal.setcontext(1), lambda: decimal.Decimal(1).quantize(fractions.Fraction(1, 2)), lambda: decimal.getcontext().foo,
          lambda: decimal.Context(traps=[ValueError]), lambda: {decimal.Decimal('sNaN'): 1}):
    try:
        f()
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
out
