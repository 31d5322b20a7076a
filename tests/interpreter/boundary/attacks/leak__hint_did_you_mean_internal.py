# Attacks: did-you-mean hints listing internal attribute names of interpreter objects.
# Held: hints name only program-visible attributes.
import re
try:
    re.compile("a").functon
except AttributeError as e:
    r1 = str(e)
try:
    print.functio
except AttributeError as e:
    r2 = str(e)
try:
    re.compile("a").match("a").regz
except AttributeError as e:
    r3 = str(e)
[r1, r2, r3]
