# Attacks: Enum class body with tuple values (passed as args) equal DAG tuples.
# Held: a clean PtcLimitError (the enum compares member values with the charged `==`; a native `==` walked 2^60 shared elements uncharged).
# expect: error
def dag(leaf):
    x = (leaf,)
    for i in range(60):
        x = (x, x)
    return x

import enum
a = dag(1)
b = dag(1)
class E(enum.Enum):
    A = [a]
    B = [b]
print(E.B.name)
