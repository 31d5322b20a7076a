z = 1
def f():
    nonlocal z
    z = 2
# expect: refused at compile time: SyntaxError: no binding for nonlocal 'z' found
