# Attacks: re.purge() and re.compile flag caches shared with the host.
# Held: no host effect.
import re
re.purge()
p = re.compile("abc", re.I | re.M)
[bool(p.match("ABC")), p.flags]
