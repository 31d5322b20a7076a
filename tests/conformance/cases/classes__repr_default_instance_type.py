class C:
    pass
type(C()).__name__
# expect: 'C'
