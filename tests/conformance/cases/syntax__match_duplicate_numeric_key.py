match {1: 1}:
    case {1: _, 1: _}:
        pass
# expect: refused at compile time: SyntaxError: mapping pattern checks duplicate key (1)
