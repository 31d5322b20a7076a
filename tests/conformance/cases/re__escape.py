import re
re.escape("a.b*c")
# expect: 'a\\\\.b\\\\*c'
