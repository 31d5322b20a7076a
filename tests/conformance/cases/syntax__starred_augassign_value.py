b = [1]
a = [0]
a += *b
# expect: refused at compile time: SyntaxError: can't use starred expression here
