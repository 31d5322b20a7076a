# Attacks: program instances whose __hash__ is the hash of a str (translated to the host's salted hash) and whose __eq__ prints, counts and makes dict/set lookups of its own, against str keys, in dicts and sets that grow, shrink (deleted slots) and are rebuilt, in both directions (instance looked up among str keys, str looked up among instances).
# Held: the printed log, the counts and every result are identical under every hash seed, time zone and locale.
log = []
side = {}
class Name:
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        side[len(log) % 7] = other in side  # a lookup inside the comparison
        log.append(("eq", self.text, other if isinstance(other, str) else other.text))
        return False
words = [f"w{i}" for i in range(40)]
d = {}
s = set()
for round_ in range(3):
    for w in words:
        d[w] = round_
        d[Name(w)] = round_
        s.add(Name(w))
        s.add(w)
    for w in words[::3]:
        del d[w]
        s.discard(w)
    found = [Name(w) in d for w in words[:10]] + [w in s for w in words[:10]]
    log.append(("found", sum(found)))
s2 = set(words) | {Name(w) for w in words[:5]}
d2 = dict.fromkeys(list(s2)[:20], 0)
print(len(log), len(d), len(s), len(s2), len(d2))
[entry for entry in log if entry[0] == "found"], len(log), log[:5], log[-5:]
