# Attacks: `m[1]` copies the matched text like `m.group(1)`, which is charged by its length, but the
# subscript was not: a 1,000,000-character group subscripted in a loop.
# Held: `m[g]` is charged as `m.group(g)` (a step, and the copy by its length).
import re
m = re.match("(a*)b", "a" * 999999 + "b")
while True:
    m[1]
