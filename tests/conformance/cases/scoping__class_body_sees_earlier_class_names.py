class C:
    a = 1
    b = a + 1
C.b
# expect: 2
