import re
re.fullmatch(r"\d+", "12a") is None
# expect: True
