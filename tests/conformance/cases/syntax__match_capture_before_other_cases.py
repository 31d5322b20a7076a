match 3:
    case x:
        pass
    case 3:
        pass
# expect: refused at compile time: SyntaxError: name capture 'x' makes remaining patterns unreachable
