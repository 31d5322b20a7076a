# Attacks: equality of lists of dataclass instances holding big rows (program objects in a native list compare).
# Held: a clean PtcError within the CPU cap.
from dataclasses import dataclass
@dataclass
class R:
    v: list
r1 = R([0] * 100_000)
r2 = R([0] * 100_000)
[r1] * 100_000 == [r2] * 100_000
