class A:
    pass
bases = [A]
class B(*bases):
    pass
issubclass(B, A)
# expect: True
