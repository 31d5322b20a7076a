import re
m = re.match(r"(a)(b)", "ab")
m.group(1, 2, 0)
# expect: ('a', 'b', 'ab')
