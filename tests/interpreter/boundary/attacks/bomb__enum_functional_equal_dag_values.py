# Attacks: Enum creation with two members whose values are equal, distinct DAG tuples (alias check compares).
# Held: a clean PtcLimitError (the enum compares member values with the charged `==`; a native `==` walked 2^60 shared elements uncharged).
# expect: error
def dag(leaf):
    x = (leaf,)
    for i in range(60):
        x = (x, x)
    return x

import enum
E = enum.Enum("E", [("A", dag(1)), ("B", dag(1))])
print(E.B.name)
