from collections import defaultdict
d = defaultdict(list)
d["a"].append(1)
dict(d)
# expect: {'a': [1]}
