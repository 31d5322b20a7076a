def f():
    y = 10
    class C:
        y = y + 1
    return C.y, y
f()
# expect: raises NameError: name 'y' is not defined
