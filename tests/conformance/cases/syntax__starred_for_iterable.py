for x in *[1], *[2]:
    pass
x
# expect: 2
