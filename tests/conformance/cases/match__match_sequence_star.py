match [1, 2, 3, 4]:
    case [first, *middle, last]:
        r = (first, middle, last)
r
# expect: (1, [2, 3], 4)
