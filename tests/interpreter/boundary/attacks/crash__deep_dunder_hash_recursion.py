# Attacks: program __hash__ recursing through a dict lookup.
# Held: a clean PtcError.
class A:
    def __hash__(self):
        return hash((self,))
{A(): 1}
