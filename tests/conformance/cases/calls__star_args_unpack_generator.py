def f(*a):
    return a
f(*(i * i for i in range(4)))
# expect: (0, 1, 4, 9)
