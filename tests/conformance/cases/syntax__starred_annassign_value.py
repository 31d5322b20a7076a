b = [1]
x: list = *b
# expect: refused at compile time: SyntaxError: can't use starred expression here
