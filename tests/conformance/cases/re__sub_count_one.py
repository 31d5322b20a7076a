import re
re.sub("l", "L", "hello", 1)
# expect: 'heLlo'
