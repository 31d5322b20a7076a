*a = [1, 2]
a
# expect: refused at compile time: SyntaxError: starred assignment target must be in a list or tuple
