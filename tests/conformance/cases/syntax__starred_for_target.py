for *a in [[1]]:
    pass
# expect: refused at compile time: SyntaxError: starred assignment target must be in a list or tuple
