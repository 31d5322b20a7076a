# Attacks: an exception subclass with an `args` property/attribute the report might read.
# Held: nothing runs after return; report not forgeable.
# expect: error
class E(Exception):
    @property
    def message(self):
        print("AFTER: property ran")
        return "forged"
e = E("real")
e.note = "x"
raise e
