import math
from collections import deque
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
xs = [1, 2, 3, 4]
popped = xs.pop(I(0))
xs.insert(I(1), "x")
d = deque([1, 2, 3])
d.rotate(I(1))
pop = xs.pop
(popped, xs, "ab".center(I(6), "*"), "abc".zfill(I(5)), round(2.567, I(2)), math.factorial(I(5)),
 "a,b,c".split(",", I(1)), [1, 2, 3, 2].index(2, I(2)), (5).to_bytes(I(2), "big"), list(d), pop(I(-1)))
# expect: (1, [2, 'x', 3], '**ab**', '00abc', 2.57, 120, ['a', 'b,c'], 3, b'\\x00\\x05', [3, 1, 2], 4)
