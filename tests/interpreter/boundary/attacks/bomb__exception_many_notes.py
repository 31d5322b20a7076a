# Attacks: an uncaught exception with 100k notes (report size).
# Held: a clean PtcError with a bounded report.
e = ValueError("x")
for i in range(100_000):
    e.add_note("note " * 10)
raise e
