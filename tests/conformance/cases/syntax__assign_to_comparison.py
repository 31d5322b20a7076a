a = 1
a < 2 = 3
# expect: refused at compile time: SyntaxError: cannot assign to comparison
