# Attacks: a translated-hash key whose __eq__ flips its answer on every call and records the order of its calls, looked up among equal-hash str keys and instances across resizes; nested comparisons raise inside the probe.
# Held: identical log, results and errors under every hash seed.
log = []
class Flip:
    def __init__(self, t):
        self.t = t
        self.n = 0
    def __hash__(self):
        return hash(self.t)
    def __eq__(self, other):
        self.n += 1
        log.append((self.t, self.n))
        if self.n == 7:
            raise ValueError("seventh")
        return self.n % 2 == 0
d = {}
errors = 0
for i in range(60):
    k = f"k{i % 9}"
    d[k] = i
    try:
        d[Flip(k)] = i
    except ValueError:
        errors += 1
    try:
        Flip(k) in d
    except ValueError:
        errors += 1
(len(d), errors, len(log), log[:8], sorted(d.values())[:10])
