match 1:
    case _ as whole:
        pass
    case 1:
        pass
# expect: refused at compile time: SyntaxError: wildcard makes remaining patterns unreachable
