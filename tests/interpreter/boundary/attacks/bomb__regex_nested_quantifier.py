# Attacks: catastrophic backtracking: nested quantifiers on a non-matching subject.
# Held: a clean PtcError or a result quickly.
import re
re.match(r"(x+x+)+y", "x" * 5000)
