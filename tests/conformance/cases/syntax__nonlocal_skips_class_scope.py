def outer():
    class C:
        v = 1
        def m(self):
            nonlocal v
            v = 2
    return C
# expect: refused at compile time: SyntaxError: no binding for nonlocal 'v' found
