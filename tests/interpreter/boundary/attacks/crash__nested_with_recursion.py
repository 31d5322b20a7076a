# Attacks: a recursive function entering a program context manager at each level, with a raise at the bottom unwinding through every __exit__.
# Held: a clean PtcError (recursion limit).
# expect: error
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        return False
def down(n):
    with CM():
        down(n + 1)
down(0)
