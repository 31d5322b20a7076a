def f():
    return {x: (yield x) for x in range(3)}
# expect: refused at compile time: SyntaxError: 'yield' inside dict comprehension
