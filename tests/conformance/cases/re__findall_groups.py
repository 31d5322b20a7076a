import re
re.findall(r"(\d)(\w)", "1a 2b")
# expect: [('1', 'a'), ('2', 'b')]
