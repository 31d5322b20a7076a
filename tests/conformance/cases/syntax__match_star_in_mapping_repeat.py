match {"k": 1}:
    case {"k": rest, **rest}:
        pass
# expect: refused at compile time: SyntaxError: multiple assignments to name 'rest' in pattern
