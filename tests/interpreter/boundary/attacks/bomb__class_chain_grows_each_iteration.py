# Attacks: `class K(K)` in a loop: each new class inherits through all earlier ones, and CPython's
# type() does work growing faster than the MRO's length (minutes of CPU, one step per class).
# Held: a clean PtcError (the inheritance chain is refused past max_nesting_depth).
# expect: error
class K:
    pass
while True:
    class K(K):
        pass
