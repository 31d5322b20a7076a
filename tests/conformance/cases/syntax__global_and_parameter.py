def f(x):
    global x
    return x
# expect: refused at compile time: SyntaxError: name 'x' is parameter and global
