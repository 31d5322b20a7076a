# Attacks: catch RecursionError at the depth limit and, from there, run native work that recurses on
# the host stack (repr/json/deepcopy/sorted of deeply nested data, a nested-generator chain).
# Held: a clean PtcError or a result: never a host RecursionError crash or a dead process.
import copy, json
nested = []
for _ in range(190):
    nested = [nested]
def down(n):
    try:
        return down(n + 1)
    except RecursionError:
        out = [len(repr(nested)), len(json.dumps(nested)), len(str(copy.deepcopy(nested)))]
        g = iter([1])
        for _ in range(150):
            g = map(lambda x: x, g)
        out.append(list(g))
        return out
down(0)
