# Attacks: frozen dataclass __setattr__/__delattr__ called with a host receiver.
# Held: a clean PtcError.
# expect: error
import re
from dataclasses import dataclass
@dataclass(frozen=True)
class D:
    x: int
D.__setattr__(re.I, "_value_", 0)
