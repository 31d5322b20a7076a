import re
re.compile(",").split("a,b", maxsplit=-3)
# expect: ['a,b']
