# Attacks: program __iter__ recursing via list().
# Held: a clean PtcError.
class A:
    def __iter__(self):
        return iter(list(A()))
list(A())
