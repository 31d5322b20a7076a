def f():
    nonlocal q
    q = 1
# expect: refused at compile time: SyntaxError: no binding for nonlocal 'q' found
