*a, = [1, 2]
a
# expect: [1, 2]
