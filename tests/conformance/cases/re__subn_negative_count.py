import re
re.subn("l", "L", "hello", count=-2)
# expect: ('hello', 0)
