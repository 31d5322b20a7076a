# Attacks: re.findall of an empty pattern on a 1M string (1M-element list).
# Held: a clean PtcError.
import re
len(re.findall("", "a" * 999_999))
