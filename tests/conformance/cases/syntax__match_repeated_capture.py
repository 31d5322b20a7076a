match (1, 2):
    case (a, a):
        pass
# expect: refused at compile time: SyntaxError: multiple assignments to name 'a' in pattern
