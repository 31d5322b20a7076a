b = [1, 2]
a = *b
a
# expect: refused at compile time: SyntaxError: can't use starred expression here
