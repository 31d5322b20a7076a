# Attacks: the host fields behind the new modules' values (FractionValue.run/value,
# DecimalValue.digits/run, DecimalContext.host, PrettyPrinter.printer/stream, iterator frames)
# through getattr, str.format fields, operator.attrgetter and match class patterns.
# Held: none is reachable (only the declared attributes answer).
import decimal, fractions, difflib, pprint, operator
from decimal import Decimal
from fractions import Fraction
objs = {
    "fraction": Fraction(1, 3),
    "decimal": Decimal("1.5"),
    "context": decimal.getcontext(),
    "localcontext": decimal.localcontext(),
    "flags": decimal.getcontext().flags,
    "matcher": difflib.SequenceMatcher(None, "ab", "ac"),
    "differ": difflib.Differ(),
    "printer": pprint.PrettyPrinter(),
    "ndiff": difflib.ndiff(["a"], ["b"]),
    "tuple": Decimal("1.5").as_tuple(),
}
names = ["value", "run", "ctx", "digits", "host", "printer", "stream", "tuple_class", "fraction_class", "decimal_class",
         "local", "saved", "isjunk_function", "a", "b", "matching", "charjunk", "linejunk", "items", "gen", "frame", "state", "ptc_table", "ptc_name", "context"]
for kind, o in objs.items():
    found = []
    for n in names:
        try:
            v = getattr(o, n)
            found.append(n + "=" + repr(v)[:40])
        except Exception as e:
            pass
        try:
            v = "{0.%s}" % n
            found.append("fmt:" + n + "=" + v.format(o)[:40])
        except Exception as e:
            pass
        try:
            found.append("ag:" + n + "=" + repr(operator.attrgetter(n)(o))[:40])
        except Exception:
            pass
    print(kind, found)
f = Fraction(1, 3)
match f:
    case Fraction(numerator=n, denominator=d):
        print("match", n, d)
match Decimal(1):
    case Decimal(digits=dg):
        print("match digits", dg)
    case _:
        print("no digits")
