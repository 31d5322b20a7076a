# Attacks: csv.DictReader over rows wider than the header (restkey lists), many rows.
# Held: a clean PtcError or result within the caps.
# expect: error
import csv
rows = ["a"] + [",".join(["x"] * 5000)] * 2000
n = 0
for r in csv.DictReader(rows):
    n += len(r[None])
n
