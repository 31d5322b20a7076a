import re
re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host")
# expect: 'host at me'
