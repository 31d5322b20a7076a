match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        r = rest
r
# expect: {'b': 2, 'c': 3}
