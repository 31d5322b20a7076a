match {1: "a"}:
    case {1: _, True: _}:
        pass
# expect: refused at compile time: SyntaxError: mapping pattern checks duplicate key (True)
