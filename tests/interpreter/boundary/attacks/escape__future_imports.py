# Attacks: from __future__ imports: annotations plus unknown/joke features and a star import.
# Held: a clean result or PtcError, no host leak.
from __future__ import annotations
from dataclasses import dataclass, fields
@dataclass
class P:
    x: "os.system"
    y: list[int] = None
([f.name for f in fields(P)], repr(P(1)))
