# Attacks: deleting a dict's first key repeatedly through next(iter(d)): CPython skips every deleted slot from the front on each iteration (quadratic, at C speed).
# Held: a clean PtcError or result within the CPU cap.
d = dict.fromkeys(range(100000))
while d:
    del d[next(iter(d))]
len(d)
