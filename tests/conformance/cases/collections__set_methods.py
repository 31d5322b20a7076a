s = {1, 2}
s.add(3)
s.discard(9)
s.update([4, 5])
s.difference_update({1})
(sorted(s), 2 in s, len(s))
# expect: ([2, 3, 4, 5], True, 4)
