# Attacks: an exception class with __eq__/__hash__ that print (used if the host dedups exceptions).
# Held: nothing runs after return.
# expect: error
class E(Exception):
    def __eq__(self, other):
        print("AFTER: eq")
        return False
    def __hash__(self):
        print("AFTER: hash")
        return 1
try:
    raise E("a")
except E as first:
    raise E("b") from first
