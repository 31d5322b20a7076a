match 1:
    case x | 1:
        pass
# expect: refused at compile time: SyntaxError: name capture 'x' makes remaining patterns unreachable
