# Attacks: the host's decimal signal classes and the context's flags/traps mappings: setting
# attributes on the classes and the module, subclassing a signal, writing unknown keys, update/
# clear/pop on the mappings (the host context behind them is shared with nothing, but a host
# class attribute would be).
# Held: every write is refused or stays in the run's context; nothing changes for later runs.
import decimal
from decimal import Decimal
k = list(decimal.getcontext().flags.copy())[0] if hasattr(decimal.getcontext().flags, "copy") else decimal.InvalidOperation
print(k is decimal.InvalidOperation, k)
try:
    class MyErr(decimal.InvalidOperation):
        pass
except TypeError as e:
    print("subclass refused")
    MyErr = ValueError
tries = [
    lambda: setattr(decimal.InvalidOperation, "x", 1),
    lambda: setattr(decimal.Decimal, "x", 1),
    lambda: setattr(decimal, "Decimal", int),
    lambda: setattr(decimal.getcontext().traps, "x", 1),
    lambda: decimal.getcontext().traps.__setitem__(MyErr, True),
    lambda: decimal.getcontext().flags.__setitem__(MyErr, True),
    lambda: decimal.Context(traps=[MyErr]),
    lambda: decimal.Context(traps={MyErr: True}),
    lambda: decimal.Context(flags=[decimal.Inexact, MyErr]),
    lambda: decimal.getcontext().traps.update({decimal.Inexact: True}),
    lambda: decimal.getcontext().traps.clear(),
    lambda: decimal.getcontext().traps.pop(decimal.Inexact),
]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
try:
    raise decimal.InvalidOperation("mine")
except decimal.InvalidOperation as e:
    print("caught", type(e).__name__, e, isinstance(e, ArithmeticError))
decimal.getcontext().traps[decimal.InvalidOperation] = False
print(Decimal("nan") < 1 if False else Decimal(0) / Decimal(0))
