# Attacks: deque equality over DAG-shaped lists.
# Held: a clean PtcError.
import collections
x = [1]
y = [1]
for _ in range(40):
    x = [x, x]
    y = [y, y]
collections.deque([x]) == collections.deque([y])
