d = {(1, 2): "x"}
t = (2,)
d[1, *t]
# expect: 'x'
