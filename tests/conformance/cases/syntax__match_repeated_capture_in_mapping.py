match {"k": 1, "j": 2}:
    case {"k": v, "j": v}:
        pass
# expect: refused at compile time: SyntaxError: multiple assignments to name 'v' in pattern
