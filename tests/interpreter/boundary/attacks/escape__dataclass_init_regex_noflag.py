# Attacks: a dataclass __init__ with a foreign receiver rewriting re.NOFLAG's name/value.
# Held: a clean PtcError; host re.NOFLAG unchanged.
# expect: error
import re
from dataclasses import dataclass
@dataclass
class D:
    _name_: str
    _value_: int
D.__init__(re.NOFLAG, "PWNED", 64)
str(re.NOFLAG)
