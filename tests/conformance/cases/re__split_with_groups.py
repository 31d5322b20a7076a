import re
re.split(r"(,)", "a,b")
# expect: ['a', ',', 'b']
