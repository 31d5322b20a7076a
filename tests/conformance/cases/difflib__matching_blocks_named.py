import difflib
blocks = difflib.SequenceMatcher(None, "abxcd", "abcd").get_matching_blocks()
print(blocks)
[(b.a, b.b, b.size) for b in blocks]
# expect: [(0, 0, 2), (3, 2, 2), (5, 4, 0)]
