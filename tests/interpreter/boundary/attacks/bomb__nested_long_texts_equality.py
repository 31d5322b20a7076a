# Attacks: == between containers whose long texts sit below their first level (a list of tuples of
# 16 references to a 1M-character text, a dict's values) and equal texts that are other objects:
# CPython memcmps each pair, and only the direct elements of a list or tuple were charged by their
# texts. Broken before round 7: > 20 s CPU for [(s1,) * 16] == [(s2,) * 16] in a loop. Held: a
# clean PtcLimitError.
s1 = "a" * 1_000_000
s2 = "a" * 999_999 + "a"
k1 = (s1,) * 16
k2 = (s2,) * 16
n = 0
while True:
    n += ([k1] == [k2]) + ({1: s1, 2: [s1]} == {1: s2, 2: [s2]})
