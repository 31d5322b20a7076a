import re
m = re.match(r"(a)", "a")
m.group(3)
# expect: raises IndexError: no such group
