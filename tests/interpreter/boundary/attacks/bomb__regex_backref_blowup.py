# Attacks: backreference pattern forcing backtracking.
# Held: a clean PtcError or a result quickly.
import re
re.search(r"(a*)*\1b", "a" * 30_000)
