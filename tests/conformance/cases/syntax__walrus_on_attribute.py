class C:
    pass
(C.x := 1)
# expect: refused at compile time: SyntaxError: cannot use assignment expressions with attribute
