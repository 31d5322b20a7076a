def f():
    return [(yield x) for x in range(3)]
# expect: refused at compile time: SyntaxError: 'yield' inside list comprehension
