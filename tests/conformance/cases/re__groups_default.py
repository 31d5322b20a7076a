import re
m = re.match(r"(a)(b)?", "a")
(m.groups(), m.groups("-"))
# expect: (('a', None), ('a', '-'))
