def f():
    return list((yield x) for x in range(3))
# expect: refused at compile time: SyntaxError: 'yield' inside generator expression
