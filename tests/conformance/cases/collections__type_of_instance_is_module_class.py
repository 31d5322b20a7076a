import collections
values = [collections.Counter("aab"), collections.OrderedDict(), collections.deque([1]), collections.defaultdict(int)]
classes = [collections.Counter, collections.OrderedDict, collections.deque, collections.defaultdict]
[type(v) is c for v, c in zip(values, classes)] + [values[0].__class__ is collections.Counter]
# expect: [True, True, True, True, True]
