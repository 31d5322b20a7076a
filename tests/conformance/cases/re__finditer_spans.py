import re
[m.span() for m in re.finditer(r"\d", "a1b2")]
# expect: [(1, 2), (3, 4)]
