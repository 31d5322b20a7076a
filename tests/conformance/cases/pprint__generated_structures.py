import pprint

state = [12345]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


WORDS = ["a", "bb", "word", "two words", "line\nbreak", "tab\tx", "x" * 30, "", "q'uote", "ünï"]


def make(depth):
    kind = rand(11) if depth < 4 else rand(5)
    if kind == 0:
        return rand(1000) - 500
    if kind == 1:
        return WORDS[rand(len(WORDS))] * (1 + rand(4))
    if kind == 2:
        return [None, True, False, 2.5, -0.0, 10**12][rand(6)]
    if kind == 3:
        return b"bytes\x00" * rand(8)
    if kind == 4:
        return rand(10**9) * 10 ** rand(5)
    if kind in (5, 6):
        return [make(depth + 1) for _ in range(rand(6))]
    if kind == 7:
        return tuple(make(depth + 1) for _ in range(rand(4)))
    if kind in (8, 9):
        return {WORDS[rand(len(WORDS))] + str(rand(50)): make(depth + 1) for _ in range(rand(5))}
    return {rand(100): make(depth + 1) for _ in range(rand(4))}


out = []
for i in range(120):
    value = make(0)
    options = {"width": 1 + rand(90), "indent": rand(5), "compact": rand(2) == 1, "sort_dicts": rand(3) > 0}
    if rand(3) == 0:
        options["depth"] = 1 + rand(4)
    if rand(4) == 0:
        options["underscore_numbers"] = True
    out.append(pprint.pformat(value, **options))
    out.append(pprint.saferepr(value))
    out.append(str((pprint.isreadable(value), pprint.isrecursive(value))))
print("\n".join(out))
len(out)
# expect: 360
