# Attacks: dataclass __eq__ comparing DAG-shaped fields.
# Held: a clean PtcError.
from dataclasses import dataclass
@dataclass
class P:
    v: list
x = [1]
y = [1]
for _ in range(40):
    x = [x, x]
    y = [y, y]
P(x) == P(y)
