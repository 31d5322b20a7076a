class A:
    class B:
        pass
(repr(A), repr(A.B), repr(type(A.B())))
