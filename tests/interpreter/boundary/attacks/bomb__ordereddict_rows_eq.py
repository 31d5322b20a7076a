# Attacks: equality of lists of OrderedDict rows (dict subclasses are not in the nested-cost estimate).
# Held: a clean PtcError within the CPU cap.
import collections
row = collections.OrderedDict((i, 0) for i in range(50_000))
row2 = collections.OrderedDict((i, 0) for i in range(50_000))
a = [row] * 50_000
b = [row2] * 50_000
a == b
