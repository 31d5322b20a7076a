from collections import deque
d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.appendleft(0)
d.rotate(1)
(list(d), d.maxlen)
# expect: ([3, 0, 2], 3)
