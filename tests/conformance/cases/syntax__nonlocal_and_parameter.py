def outer():
    y = 1
    def f(y):
        nonlocal y
    return f
# expect: refused at compile time: SyntaxError: name 'y' is parameter and nonlocal
