# Attacks: csv.writer with a 1,000-character lineterminator writing empty rows to a list's append (each row costs one step, writes 1,000 characters).
# Held: a clean PtcError within the caps.
# expect: error
import csv, types, itertools
out = []
w = csv.writer(types.SimpleNamespace(write=out.append), lineterminator="\n" * 1000)
w.writerows(itertools.repeat([], 10**7))
