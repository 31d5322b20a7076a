# Attacks: program __lt__ calling sorted() on itself recursively.
# Held: a clean PtcError.
class A:
    def __lt__(self, other):
        return sorted([other, self])[0] is self
sorted([A(), A()])
