# Attacks: pformat of a 2**40-path DAG of dataclass instances (pprint's dataclass branch).
# Held: a clean PtcError within the CPU cap.
# expect: error
import pprint
from dataclasses import dataclass
@dataclass
class D:
    a: object
    b: object
x = D(1, 2)
for _ in range(40):
    x = D(x, x)
s = pprint.pformat(x, width=1)
len(s)
