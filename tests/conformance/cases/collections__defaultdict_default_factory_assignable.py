from collections import defaultdict
d = defaultdict(int)
d["a"] += 1
d.default_factory = list
d["b"].append(2)
d.default_factory = None
try:
    d["c"]
    missing = "no error"
except KeyError as e:
    missing = repr(e)
[dict(d), d.default_factory, missing]
# expect: [{'a': 1, 'b': [2]}, None, "KeyError('c')"]
