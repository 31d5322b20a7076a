class C:
    pass
a = C()
(a == a, a == C(), a != C())
# expect: (True, False, True)
