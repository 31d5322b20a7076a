# Attacks: frozen dataclass hash of a field holding a 300k-deep tuple.
# Held: a clean PtcError.
from dataclasses import dataclass
@dataclass(frozen=True)
class K:
    v: tuple
t = ()
for i in range(300_000):
    t = (t,)
hash(K(t))
