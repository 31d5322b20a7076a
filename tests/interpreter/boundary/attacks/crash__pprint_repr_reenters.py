# Attacks: a program __repr__ that pretty-prints itself: unbounded recursion through pprint.
# Held: a clean PtcError (recursion), the process survives.
# expect: error
import pprint
class Loop:
    def __repr__(self):
        return pprint.pformat([self])
print(pprint.pformat(Loop()))
