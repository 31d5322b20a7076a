match 9:
    case 1:
        r = "one"
    case other:
        r = other
r
# expect: 9
