class C:
    len = len
C.len("abc")
# expect: 3
