# Attacks: len()/iteration of a module names the host ShimModule class.
# Held: a clean PtcError without host class names.
import json
try:
    len(json)
except TypeError as e:
    m1 = str(e)
try:
    for x in json:
        pass
except TypeError as e:
    m2 = str(e)
m1 + " / " + m2
