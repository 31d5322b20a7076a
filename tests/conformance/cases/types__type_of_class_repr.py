class A:
    class B:
        pass
(repr(A), repr(A.B), repr(type(A.B())))
# expect: ("<class '__main__.A'>", "<class '__main__.A.B'>", "<class '__main__.A.B'>")
