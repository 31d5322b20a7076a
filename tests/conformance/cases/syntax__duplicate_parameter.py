def f(x, x):
    return x
f(1, 2)
# expect: refused at compile time: SyntaxError: duplicate argument 'x' in function definition
