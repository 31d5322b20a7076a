# Attacks: an uncaught exception at the end of a 100k-long __cause__ chain.
# Held: a clean PtcError with a bounded report.
e = None
for i in range(100_000):
    try:
        raise ValueError(i) from e
    except ValueError as x:
        e = x
raise e
