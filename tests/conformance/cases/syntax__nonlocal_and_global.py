def outer():
    y = 1
    def f():
        global y
        nonlocal y
    return f
# expect: refused at compile time: SyntaxError: name 'y' is nonlocal and global
