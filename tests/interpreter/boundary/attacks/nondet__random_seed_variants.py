# Attacks: random.seed with None, bytes, str, negative and float arguments.
# Held: identical across processes.
import random
out = []
for s in [None, b"abc", "abc", -5, 2.5, 0, True]:
    random.seed(s)
    out.append(random.random())
r = random.Random()
out.append(r.random())
out
