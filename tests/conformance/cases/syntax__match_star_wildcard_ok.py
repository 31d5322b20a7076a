match [1, 2, 3]:
    case [first, *_]:
        r = first
r
# expect: 1
