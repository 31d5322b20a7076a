match (1, 2):
    case (a, (a | 2)):
        pass
# expect: refused at compile time: SyntaxError: name capture 'a' makes remaining patterns unreachable
