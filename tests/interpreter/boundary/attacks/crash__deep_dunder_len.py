# Attacks: program __len__ recursing via len().
# Held: a clean PtcError.
class A:
    def __len__(self):
        return len(A())
len(A())
