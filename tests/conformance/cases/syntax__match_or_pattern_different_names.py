match (1, 2):
    case (a, 1) | (1, b):
        pass
# expect: refused at compile time: SyntaxError: alternative patterns bind different names
