def f():
    return later
later = 42
f()
# expect: 42
