g = lambda a, a: a
# expect: refused at compile time: SyntaxError: duplicate argument 'a' in function definition
