# Attacks: program __eq__ recursing through list equality (native compare calling program code).
# Held: a clean PtcError.
class A:
    def __eq__(self, other):
        return [self] == [other]
A() == A()
