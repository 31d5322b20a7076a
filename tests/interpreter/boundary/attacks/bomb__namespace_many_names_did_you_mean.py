# Attacks: a failed attribute read on a SimpleNamespace computes a did-you-mean hint over all of its
# attribute names (sorted, then difflib against each) natively, per read. Its live __dict__ (or
# setattr) fills it with ~100,000 similar names cheaply once; then a loop of failed reads (a few
# steps each, `hasattr` or try/except) pays that scan every time.
# Held: the loop ends within the CPU cap (charged or refused), no dead process.
# expect: error
from types import SimpleNamespace
ns = SimpleNamespace()
d = ns.__dict__
for i in range(99_000):
    d["name" + str(i)] = i
n = 0
while True:
    hasattr(ns, "name_x")
    n += 1
