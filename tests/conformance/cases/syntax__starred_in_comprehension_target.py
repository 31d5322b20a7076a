[i for *i in [[1]]]
# expect: refused at compile time: SyntaxError: starred assignment target must be in a list or tuple
