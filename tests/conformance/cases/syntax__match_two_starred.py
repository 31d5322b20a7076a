match [1, 2, 3]:
    case [*a, *b]:
        pass
# expect: refused at compile time: SyntaxError: multiple starred names in sequence pattern
