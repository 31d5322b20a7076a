import re
re.sub("h", "X", "hello", -1)
# expect: 'hello'
