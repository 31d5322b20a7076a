# Attacks: KeyError from dict / Counter / defaultdict lookups keyed by native objects, then str(e).
# Held: no addresses.
import collections
out = []
for d in [{}, collections.OrderedDict(), collections.ChainMap({})]:
    for k in [iter(()), zip(), print]:
        try:
            d[k]
        except KeyError as e:
            out.append(str(e))
out
