def f(xs):
    return 0, *xs
f([1, 2])
# expect: (0, 1, 2)
