d = {"b": 1, "a": 2}
d["c"] = 3
d.update(a=5)
del d["b"]
(list(d), d | {"z": 0}, {**d, "a": 9})
# expect: (['a', 'c'], {'a': 5, 'c': 3, 'z': 0}, {'a': 9, 'c': 3})
