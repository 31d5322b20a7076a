# Attacks: csv.writer on fields made of quote characters (each is doubled on output), to a StringIO.
# Held: a clean PtcError or result within the caps.
# expect: error
import csv, io
f = io.StringIO()
w = csv.writer(f)
for _ in range(3):
    w.writerow(['"' * 300000])
len(f.getvalue())
