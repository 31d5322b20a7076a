# Attacks: generated __eq__/__hash__ called on host objects.
# Held: a clean PtcError.
# expect: error
import re
from dataclasses import dataclass
@dataclass(frozen=True)
class D:
    _value_: int
[D.__eq__(re.I, re.I), D.__hash__(re.A)]
