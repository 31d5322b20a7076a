import re
re.sub("x*", "-", "abc")
# expect: '-a-b-c-'
