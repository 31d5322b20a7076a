for i in range(3):
    def f():
        break
# expect: refused at compile time: SyntaxError: 'break' outside loop
