# Attacks: Enum(value) lookup with a DAG tuple equal to, but not identical with, a member's value.
# Held: a clean PtcLimitError (the enum compares member values with the charged `==`; a native `==` walked 2^60 shared elements uncharged).
# expect: error
def dag(leaf):
    x = (leaf,)
    for i in range(60):
        x = (x, x)
    return x

import enum
E = enum.Enum("E", [("A", dag(1))])
print(E(dag(1)).name)
