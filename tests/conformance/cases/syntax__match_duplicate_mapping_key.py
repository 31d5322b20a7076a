match {"a": 1}:
    case {"a": 1, "a": 2}:
        pass
# expect: refused at compile time: SyntaxError: mapping pattern checks duplicate key ('a')
