# Attacks: a suspended generator inside a `with` of a program context manager (__exit__ at GC).
# Held: nothing runs after return.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("AFTER: exit ran")
        return False
def g():
    with CM():
        yield 1
        yield 2
it = g()
next(it)
it.me = None if False else 0
1
