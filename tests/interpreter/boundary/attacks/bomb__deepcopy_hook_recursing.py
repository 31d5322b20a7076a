# Attacks: a __deepcopy__ that deep-copies itself with the memo (infinite recursion through the
# copy module), caught and retried in a loop.
# Held: a clean PtcError (step budget) or a caught RecursionError each time, no host stack overflow.
import copy
class Again:
    def __deepcopy__(self, memo):
        return copy.deepcopy(self, memo)
caught = 0
while True:
    try:
        copy.deepcopy([Again()])
    except RecursionError:
        caught += 1
