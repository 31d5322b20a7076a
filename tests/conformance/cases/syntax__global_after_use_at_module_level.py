x = 1
print(x)
global x
# expect: refused at compile time: SyntaxError: name 'x' is used prior to global declaration
