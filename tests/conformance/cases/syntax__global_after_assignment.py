def f():
    x = 1
    global x
    return x
f()
# expect: refused at compile time: SyntaxError: name 'x' is assigned to before global declaration
