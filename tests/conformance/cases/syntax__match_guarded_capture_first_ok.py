match 3:
    case x if x > 5:
        r = "big"
    case _:
        r = "small"
r
# expect: 'small'
