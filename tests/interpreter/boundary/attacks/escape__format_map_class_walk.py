# Attacks: str.format_map walking attributes of values in a mapping.
# Held: a clean PtcError.
# expect: error
import re
"{m.re.__class__}|{m.string.__class__.__mro__}".format_map({"m": re.match("a", "a")})
