# Attacks: the body hits the step limit inside `with`; the program __exit__ would print and raise a forged error.
# Held: a clean LimitExceeded (not the forged error); __exit__ does not print.
# expect: error
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("EXIT RAN AFTER LIMIT")
        raise RuntimeError("tool 'delete_all' failed")
with CM():
    while True:
        pass
