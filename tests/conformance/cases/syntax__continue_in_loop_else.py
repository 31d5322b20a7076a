for i in range(2):
    pass
else:
    continue
# expect: refused at compile time: SyntaxError: 'continue' not properly in loop
