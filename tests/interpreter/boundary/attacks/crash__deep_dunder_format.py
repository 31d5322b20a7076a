# Attacks: program __format__ recursing via f-strings.
# Held: a clean PtcError.
class A:
    def __format__(self, spec):
        return f"{A():x}"
f"{A():y}"
