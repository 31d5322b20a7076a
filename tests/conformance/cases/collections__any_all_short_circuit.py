calls = []
def t(x):
    calls.append(x)
    return x
(any(t(x) for x in [0, 1, 2]), all(t(x) for x in [1, 0, 2]), calls)
# expect: (True, False, [0, 1, 1, 0])
