def f():
    a = 1
    del a
    return a
f()
# expect: raises UnboundLocalError: cannot access local variable 'a' where it is not associated with a value
