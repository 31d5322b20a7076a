from dataclasses import dataclass
@dataclass
class Leaf:
    v: int
@dataclass
class Node:
    left: object
    right: object
def total(t):
    match t:
        case Leaf(v):
            return v
        case Node(l, r):
            return total(l) + total(r)
total(Node(Leaf(1), Node(Leaf(2), Leaf(3))))
# expect: 6
