# Attacks: pformat of dataclass instances nested 20k deep (pprint's dataclass branch recurses
# per field).
# Held: a clean PtcError; the process survives.
# expect: error
import pprint
from dataclasses import dataclass
@dataclass
class Node:
    child: object
x = None
for _ in range(20000):
    x = Node(x)
pprint.pformat(x, width=1)
