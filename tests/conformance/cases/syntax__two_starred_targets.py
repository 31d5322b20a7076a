a, *b, *c = [1, 2, 3, 4]
a
# expect: refused at compile time: SyntaxError: multiple starred expressions in assignment
