n = 1
g = (n * i for i in range(3))
n = 10
list(g)
# expect: [0, 10, 20]
