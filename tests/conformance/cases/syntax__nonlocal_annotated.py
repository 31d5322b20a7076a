def outer():
    v = 1
    def f():
        v: int = 2
        nonlocal v
    return f
# expect: refused at compile time: SyntaxError: annotated name 'v' can't be nonlocal
