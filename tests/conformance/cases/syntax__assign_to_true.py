True = 0
# expect: refused at compile time: SyntaxError: cannot assign to True
