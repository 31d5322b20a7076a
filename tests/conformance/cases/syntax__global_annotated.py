def f():
    x: int = 1
    global x
# expect: refused at compile time: SyntaxError: annotated name 'x' can't be global
