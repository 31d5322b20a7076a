import difflib
out = []
for a, b, bounds in [("abc", "abcd", (0, 5, 0, 4)), ("abcd", "abc", (0, 4, 0, 9)), ("abc", "abcd", (0, 3, 1, 9))]:
    try:
        out.append(tuple(difflib.SequenceMatcher(None, a, b).find_longest_match(*bounds)))
    except IndexError as e:
        out.append(str(e))
out
# expect: ['string index out of range', 'string index out of range', (1, 1, 2)]
