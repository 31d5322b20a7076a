class P:
    pass
match P():
    case P(x=1, x=1):
        pass
# expect: refused at compile time: SyntaxError: attribute name repeated in class pattern: x
