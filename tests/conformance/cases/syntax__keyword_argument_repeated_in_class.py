class A:
    pass
class B(A, metaclass=type, metaclass=type):
    pass
# expect: refused at compile time: SyntaxError: keyword argument repeated: metaclass
