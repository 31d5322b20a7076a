import difflib
a, b = "qabxcd", "abycdf"
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] ({a[i1:i2]}) b[{j1}:{j2}] ({b[j1:j2]})")
# expect: None
