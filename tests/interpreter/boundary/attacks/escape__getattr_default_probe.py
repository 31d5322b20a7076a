# Attacks: getattr with a default probing private attributes of host values (boolean oracle).
# Held: a clean PtcError for underscore names.
import re
[getattr(re.I, "_value_", "no"), hasattr(re.I, "_name_"), hasattr(print, "function"), getattr(print, "function", "hidden")]
