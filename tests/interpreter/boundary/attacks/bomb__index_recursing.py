# Attacks: an __index__ that indexes with itself (recursion through a dunder the interpreter calls).
# Held: a clean PtcError (max_recursion_depth) or the program's caught RecursionError, within the caps.
class Self:
    def __index__(self):
        return [1, 2, 3][self]
tries = 0
for _ in range(1000):
    try:
        [1][Self()]
    except RecursionError:
        tries += 1
tries
