import re
re.sub("l", "L", "hello", 0)
# expect: 'heLLo'
