import re
m = re.match(r"(a)(b)", "ab")
m.group(False)
# expect: 'ab'
