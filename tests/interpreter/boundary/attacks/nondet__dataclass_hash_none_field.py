# Attacks: frozen dataclass hash with a None field.
# Held: the same value in every process.
from dataclasses import dataclass
@dataclass(frozen=True)
class K:
    a: int
    b: object = None
hash(K(1))
