# Attacks: re.compile of 50k nested groups.
# Held: a clean PtcError.
import re
re.compile("(" * 50_000 + "a" + ")" * 50_000).match("a")
