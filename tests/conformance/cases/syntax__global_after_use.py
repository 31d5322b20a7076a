x = 3
def f():
    print(x)
    global x
f()
# expect: refused at compile time: SyntaxError: name 'x' is used prior to global declaration
