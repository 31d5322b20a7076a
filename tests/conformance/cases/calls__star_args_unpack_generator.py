def f(*a):
    return a
f(*(i * i for i in range(4)))
