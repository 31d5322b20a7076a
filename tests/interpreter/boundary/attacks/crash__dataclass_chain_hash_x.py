# Attacks: a 20k-long chain of frozen, ordered dataclass instances (each holding the next), then `hash(x)`:
# generated methods recurse in host Python (repr/eq/hash/asdict/deepcopy/order) without the program's recursion limit.
# Held: a clean PtcError (recursion/nesting limit), never an internal error or a dead process.
import copy, dataclasses
@dataclasses.dataclass(frozen=True, order=True)
class N:
    nxt: object
x = None
y = None
for i in range(20_000):
    x = N(x)
    y = N(y)
hash(x)
