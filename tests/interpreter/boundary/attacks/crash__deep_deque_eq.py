# Attacks: deque equality over 200k-deep nested deques.
# Held: a clean PtcError or a result.
import collections
x = collections.deque()
y = collections.deque()
for i in range(200_000):
    x = collections.deque([x])
    y = collections.deque([y])
x == y
