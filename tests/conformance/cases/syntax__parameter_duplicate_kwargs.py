def f(a, **a):
    pass
# expect: refused at compile time: SyntaxError: duplicate argument 'a' in function definition
