# Attacks: the generated __repr__ reading attributes of a host object (receiver not checked).
# Held: a clean PtcError; no host internals readable.
# expect: error
import re
from dataclasses import dataclass
@dataclass
class D:
    _value_: int
    _name_: str
    _sort_order_: int
D.__repr__(re.X)
