import re
re.split(",", "a,b,c", maxsplit=1)
# expect: ['a', 'b,c']
