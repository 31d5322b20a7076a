import re
m = re.search("b+", "abbbc")
(m.span(), m.start(), m.end())
# expect: ((1, 4), 1, 4)
