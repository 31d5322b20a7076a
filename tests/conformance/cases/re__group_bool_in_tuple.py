import re
m = re.search(r"(\d+)-(\d+)", "x 12-34 y")
(m.group(True, 2), m.span(True), m.start(True))
# expect: (('12', '34'), (2, 4), 2)
