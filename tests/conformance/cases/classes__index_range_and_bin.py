import operator
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
(list(range(I(1), I(7), I(2))), bin(I(5)), hex(I(255)), oct(I(8)), chr(I(65)), operator.index(I(7)), int(I(9)))
# expect: ([1, 3, 5], '0b101', '0xff', '0o10', 'A', 7, 9)
