# Attacks: program __repr__ recursing through repr of a list containing itself.
# Held: a clean PtcError.
class A:
    def __repr__(self):
        return repr([self])
str(A())
