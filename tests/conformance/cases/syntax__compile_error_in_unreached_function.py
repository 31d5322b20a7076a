def never_called():
    a, *b, *c = [1, 2, 3]
"ran"
# expect: refused at compile time: SyntaxError: multiple starred expressions in assignment
