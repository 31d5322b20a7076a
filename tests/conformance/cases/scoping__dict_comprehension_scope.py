k = "outer"
d = {k: v for k, v in [("a", 1)]}
(k, d)
# expect: ('outer', {'a': 1})
