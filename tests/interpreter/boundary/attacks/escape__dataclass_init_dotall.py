# Attacks: the generated __init__ given re.S and a setter-style field list (sorting order field).
# Held: a clean PtcError; host flags unchanged.
# expect: error
import re
from dataclasses import dataclass, field
@dataclass
class D:
    _sort_order_: int = field(default=-1)
    _value_: int = field(default=0)
D.__init__(re.S)
re.S.value
