# Attacks: planting a non-list _ptc_frames / bogus _ptc_span on an exception so the report builder itself fails.
# Held: a clean PtcError (never an internal error or a raw exception).
# expect: runtime-error
from dataclasses import dataclass
@dataclass
class D:
    _ptc_frames: object
    _ptc_here: object
e = ValueError("x")
D.__init__(e, 12345, "not a span")
raise e
