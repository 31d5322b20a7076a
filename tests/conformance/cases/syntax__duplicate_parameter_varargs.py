def f(a, *a):
    return a
# expect: refused at compile time: SyntaxError: duplicate argument 'a' in function definition
