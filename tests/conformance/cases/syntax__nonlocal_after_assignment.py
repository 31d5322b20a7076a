def outer():
    y = 1
    def f():
        y = 2
        nonlocal y
    return f
# expect: refused at compile time: SyntaxError: name 'y' is assigned to before nonlocal declaration
