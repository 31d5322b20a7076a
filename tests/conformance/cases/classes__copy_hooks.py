import copy
class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __copy__(self):
        return Node(-self.v)
    def __deepcopy__(self, memo):
        return Node(self.v * 10, copy.deepcopy(self.kids, memo))
n = Node(1, [Node(2), Node(3)])
d = copy.deepcopy(n)
(d.v, [k.v for k in d.kids], copy.copy(n).v)
# expect: (10, [20, 30], -1)
