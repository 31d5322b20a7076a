# Attacks: repr of a bound method of a program instance.
# Held: no address or host names.
class A:
    def m(self):
        pass
a = A()
[repr(a.m), str(A.m), repr(a), str(A)]
