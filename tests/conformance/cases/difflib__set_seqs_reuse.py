import difflib
s = difflib.SequenceMatcher()
s.set_seq2("audacity")
out = []
for word in ["audacious", "capacity", "city"]:
    s.set_seq1(word)
    out.append(round(s.ratio(), 4))
s.set_seqs("abc", "abc")
out.append(s.ratio())
out
# expect: [0.7059, 0.75, 0.6667, 1.0]
