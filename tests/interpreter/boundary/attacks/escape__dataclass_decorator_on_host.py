# Attacks: dataclass() applied to host classes and shim objects.
# Held: a clean PtcError.
import dataclasses, json, re
out = []
for c in [json.JSONDecodeError, re.error, ValueError, type(re.I)]:
    try:
        dataclasses.dataclass(c)
        out.append("ok")
    except Exception as e:
        out.append(type(e).__name__)
out
