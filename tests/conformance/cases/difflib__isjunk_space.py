import difflib
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
round(s.ratio(), 6)
# expect: 0.571429
