# Attacks: ascii() of host objects.
# Held: no addresses.
import re
[ascii(zip()), ascii(print), ascii(re.compile("x")), ascii([].append)]
