None = 1
# expect: refused at compile time: SyntaxError: cannot assign to None
