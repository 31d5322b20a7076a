match (2, 1):
    case (a, 1) | (1, a):
        r = a
r
# expect: 2
