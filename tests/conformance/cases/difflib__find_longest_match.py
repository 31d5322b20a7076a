import difflib
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(), s.find_longest_match(1, 3, 0, 9))
m = s.find_longest_match(0, 5, 0, 9)
(m.a, m.b, m.size, tuple(m))
# expect: (0, 4, 5, (0, 4, 5))
