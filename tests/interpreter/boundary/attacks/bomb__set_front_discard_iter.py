# Attacks: discarding a set's first element through next(iter(s)) repeatedly (the insertion-ordered set is a dict inside).
# Held: a clean PtcError or result within the CPU cap.
s = set(range(100000))
while s:
    s.discard(next(iter(s)))
len(s)
