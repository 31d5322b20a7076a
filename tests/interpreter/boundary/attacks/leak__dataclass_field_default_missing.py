# Attacks: Field.default of a field without a default is the host MISSING sentinel.
# Held: no _MISSING_TYPE in any program-visible string.
import dataclasses
f = dataclasses.field()
[repr(f.default), str(f.default_factory), f"{f.default}"]
