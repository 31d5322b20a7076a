def outer():
    v = 1
    def f():
        print(v)
        nonlocal v
    return f
# expect: refused at compile time: SyntaxError: name 'v' is used prior to nonlocal declaration
