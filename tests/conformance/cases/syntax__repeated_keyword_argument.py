print(x=1, x=2)
# expect: refused at compile time: SyntaxError: keyword argument repeated: x
