import re
try:
    re.sub("a", "b", "aaa", "2")
except TypeError as e:
    r = str(e)
r
# expect: "'str' object cannot be interpreted as an integer"
