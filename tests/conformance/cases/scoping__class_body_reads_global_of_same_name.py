x = 5
class C:
    x = x + 1
(C.x, x)
# expect: (6, 5)
