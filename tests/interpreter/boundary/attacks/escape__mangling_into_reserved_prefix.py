# Attacks: a class named `ptc_...` mangles `self.__x` to `_ptc_...__x`, the interpreter's reserved
# prefix for its own keys in an exception's `__dict__`.
# Held: refused before the program runs.
# expect: error
class ptc_scanned_args(Exception):
    def __init__(self):
        self.__x = 1
    def read(self):
        return self.__x
ptc_scanned_args().read()
