# Attacks: super(Class, obj) with host objects / host classes.
# Held: a clean PtcError.
import re
class A:
    pass
out = []
for args in [(A, re.I), (type(re.I), re.I), (ValueError, ValueError("x"))]:
    try:
        out.append(repr(super(*args)))
    except Exception as e:
        out.append(type(e).__name__)
out
