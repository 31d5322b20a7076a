fs = [lambda: i for i in range(3)]
[f() for f in fs]
# expect: [2, 2, 2]
