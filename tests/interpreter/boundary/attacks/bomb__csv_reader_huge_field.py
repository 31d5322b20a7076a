# Attacks: csv.reader over a 1,000,000-character field and many rows.
# Held: a clean PtcError.
# expect: error
import csv
rows = list(csv.reader(["a" * 1000000]))
len(rows)
