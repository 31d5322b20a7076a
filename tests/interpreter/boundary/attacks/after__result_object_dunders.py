# Attacks: a result holding a program object whose __repr__/__eq__ print.
# Held: result converted in-run; nothing after return.
class R:
    def __repr__(self):
        print("AFTER: result repr")
        return "R()"
    def __eq__(self, other):
        print("AFTER: result eq")
        return True
[R(), {"k": R()}]
