# Attacks: attrgetter/methodcaller with `_` parts hidden in dotted names, and getattr with names that only look normal (unicode lookalikes, NFKC-normalising names).
# Held: every `_` name refused; lookalikes are different names.
import operator
out = []
for name in ("real.__class__", "__class__.real", "real._asdict", "real.\uff3f\uff3fclass\uff3f\uff3f", "\u1d43"):
    try:
        out.append(repr(operator.attrgetter(name)(1))[:60])
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e)[:80])
for name in ("\uff3f\uff3fclass\uff3f\uff3f", "__class__ ", "_"):
    try:
        out.append(repr(getattr(1, name))[:60])
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e)[:80])
out
