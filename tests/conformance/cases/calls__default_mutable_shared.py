def f(x, acc=[]):
    acc.append(x)
    return acc
f(1)
f(2)
# expect: [1, 2]
