import re
re.split(",", "a,b,c", -1)
# expect: ['a,b,c']
