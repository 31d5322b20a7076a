def outer():
    global q
    q = 1
    def f():
        nonlocal q
    return f
# expect: refused at compile time: SyntaxError: no binding for nonlocal 'q' found
