fs = [lambda i=i: i for i in range(3)]
[f() for f in fs]
# expect: [0, 1, 2]
