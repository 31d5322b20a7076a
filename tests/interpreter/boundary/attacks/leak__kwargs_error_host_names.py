# Attacks: unexpected keyword argument errors from shim functions.
# Held: no host qualnames.
import json, itertools, collections
msgs = []
for f in [json.dumps, itertools.count, collections.Counter, sorted, max, print, sum]:
    try:
        f(bogus=1)
    except TypeError as e:
        msgs.append(str(e))
msgs
