from collections import deque
a = deque([1, 2]); a.extend(a)
b = deque([1, 2]); b.extendleft(b)
c = deque([1, 2], maxlen=3); c.extend(c)
e = deque([1, 2]); e += e
xs = [1, 2]; xs.extend(xs)
ys = [1, 2]; ys += ys
s = {1, 2}; s.update(s)
d = {1: 2}; d.update(d)
(list(a), list(b), list(c), list(e), xs, ys, s, d)
# expect: ([1, 2, 1, 2], [2, 1, 1, 2], [2, 1, 2], [1, 2, 1, 2], [1, 2, 1, 2], [1, 2, 1, 2], {1, 2}, {1: 2})
