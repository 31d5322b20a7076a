[type(x).__name__ for x in (1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(2))]
# expect: ['int', 'float', 'str', 'bytes', 'list', 'tuple', 'dict', 'set', 'frozenset', 'NoneType', 'bool', 'range']
