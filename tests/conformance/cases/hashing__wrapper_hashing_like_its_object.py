class Node:
    pass
class Ref:
    def __init__(self, node):
        self.node = node
    def __eq__(self, other):
        return self.node is other
    def __hash__(self):
        return hash(self.node)
n = Node()
table = {n: "found"}
(table[Ref(n)], Ref(n) in {n}, hash(Ref(n)) == hash(n))
# expect: ('found', True, True)
