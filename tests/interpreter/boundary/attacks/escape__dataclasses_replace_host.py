# Attacks: dataclasses.replace/asdict/fields on host objects.
# Held: a clean PtcError.
import dataclasses, re
out = []
for f in [dataclasses.replace, dataclasses.asdict, dataclasses.astuple, dataclasses.fields]:
    try:
        out.append(repr(f(re.I)))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
out
