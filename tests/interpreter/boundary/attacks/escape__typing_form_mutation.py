# Attacks: mutating a typing form shared between runs.
# Held: a clean PtcError.
# expect: error
import typing
typing.List.text = "PWNED"
from dataclasses import dataclass
@dataclass
class D:
    text: str
D.__init__(typing.List, "PWNED")
repr(typing.List)
