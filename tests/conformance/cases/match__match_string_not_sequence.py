match "ab":
    case [a, b]:
        r = "seq"
    case _:
        r = "str"
r
# expect: 'str'
