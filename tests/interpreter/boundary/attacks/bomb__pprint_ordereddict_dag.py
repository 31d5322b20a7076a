# Attacks: pformat of a 2**40-path DAG of OrderedDicts (pprint's OrderedDict branch).
# Held: a clean PtcError within the CPU cap.
# expect: error
import pprint
import collections
x = collections.OrderedDict(a=1)
for _ in range(40):
    x = collections.OrderedDict(a=x, b=x)
s = pprint.pformat(x)
len(s)
