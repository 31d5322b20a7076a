def f(x, *, x=1):
    return x
# expect: refused at compile time: SyntaxError: duplicate argument 'x' in function definition
