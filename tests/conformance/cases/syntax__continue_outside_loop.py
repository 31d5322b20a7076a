if True:
    continue
# expect: refused at compile time: SyntaxError: 'continue' not properly in loop
