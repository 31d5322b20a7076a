# Attacks: an isjunk callback and element __eq__/__hash__ that mutate the sequences being matched,
# while the matcher runs.
# Held: a clean result or PtcError, no crash.
import difflib
a = list("abcabcabc")
b = list("cabcabcab")
def junk(x):
    b.clear()
    a.append(x)
    return x == "c"
s = difflib.SequenceMatcher(junk, a, b)
print(s.get_opcodes(), s.ratio())
class Shifty:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        a.clear()
        return 1
    def __eq__(self, other):
        b.append(other)
        return True
a = [Shifty(i) for i in range(50)]
b = [Shifty(i) for i in range(50)]
print(difflib.SequenceMatcher(None, a, b).ratio())
