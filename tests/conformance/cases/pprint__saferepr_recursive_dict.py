import pprint
d = {"b": 1}
d["self"] = d
s = pprint.saferepr(d)
(s.split(" with id=")[0], pprint.saferepr({"z": 1, "a": [1, 2]}))
# expect: ("{'b': 1, 'self': <Recursion on dict", "{'a': [1, 2], 'z': 1}")
