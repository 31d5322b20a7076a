t = tuple[int, int]
(repr(t), t((1, 2)) if False else None)
# expect: ('tuple[int, int]', None)
