# Attacks: dict and set lookups with a tuple key holding 1M-character texts equal to, but not the
# same objects as, the stored key's (directly, and nested in an inner tuple). The hash is cached,
# so the lookup finds the entry and compares the tuples element by element: a memcmp over each
# text's length. A tuple key of up to 16 leaf elements took an inlined path that charged nothing
# for the texts inside it. Broken before round 7: > 20 s CPU. Held: a clean PtcLimitError.
s1 = "a" * 1_000_000
s2 = "a" * 999_999 + "a"
d = {(s1,) * 16: 1}
seen = {((s1,), 1)}
k = (s2,) * 16
nested = ((s2,), 1)
n = 0
while True:
    n += d[k] + (nested in seen) + d.get(k, 0)
