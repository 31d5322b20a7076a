import re
p = re.compile("abc", re.IGNORECASE)
bool(p.search("xABCx"))
# expect: True
