import re
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Ada Lovelace")
(m.group("last"), m["first"], m.groupdict())
# expect: ('Lovelace', 'Ada', {'first': 'Ada', 'last': 'Lovelace'})
