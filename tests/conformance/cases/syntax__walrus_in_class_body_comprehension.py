class C:
    v = [(t := i) for i in range(2)]
# expect: refused at compile time: SyntaxError: assignment expression within a comprehension cannot be used in a class body
