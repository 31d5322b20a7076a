# Attacks: like bomb__namespace_many_names_did_you_mean, on a named tuple: a failed attribute read
# computes its did-you-mean hint over every field name (difflib against each), uncharged, per read,
# and `namedtuple()` takes tens of thousands of similar field names in one call.
# Held: the loop ends within the CPU cap (charged or refused), no dead process.
# expect: error
import collections
P = collections.namedtuple("P", ["name" + str(i) for i in range(50_000)])
p = P(*range(50_000))
while True:
    hasattr(p, "name_x")
    hasattr(P, "name_y")
