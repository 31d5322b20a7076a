# Attacks: Counter/dict.fromkeys/json over a set built natively.
# Held: identical across hash seeds.
import collections, json
s = {"red", "green", "blue", "cyan", "magenta"} | {"black"}
[list(collections.Counter(s)), list(dict.fromkeys(s)), json.dumps(list(s)), "".join(s)]
