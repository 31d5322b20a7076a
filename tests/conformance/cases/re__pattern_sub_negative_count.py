import re
re.compile("a").sub("b", "aaa", count=-1)
# expect: 'aaa'
