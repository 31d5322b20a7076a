# Attacks: a functional Enum with 40000 int values that all hash to 0 (i * (2**61 - 1)): the
# enum's native value-to-member dict probes the whole cluster on each insert, n²/2 comparisons in C.
# Held: a clean PtcLimitError (the enum charges each value's hashing through the run's collision table).
# expect: error
import enum
M = 2**61 - 1
E = enum.Enum("E", [("a" + str(i), i * M) for i in range(40000)])
print(len(E))
