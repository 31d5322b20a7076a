match 3:
    case _:
        pass
    case 3:
        pass
# expect: refused at compile time: SyntaxError: wildcard makes remaining patterns unreachable
