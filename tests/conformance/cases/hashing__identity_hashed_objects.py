class Node:
    def __init__(self, name):
        self.name = name
    def visit(self):
        return self.name
def helper():
    return 1
a, b = Node("a"), Node("b")
out = [hash(a) == hash(a), hash(a) != hash(b), hash(helper) == hash(helper), hash(Node) == hash(Node)]
out.append(isinstance(hash(a), int))
out.append(a.visit == a.visit)
out.append(a.visit != b.visit)
out.append(hash(a.visit) == hash(a.visit))
out.append(len({a.visit, a.visit, b.visit}))
out.append({a: 1, b: 2}[a])
handlers = {}
handlers[a.visit] = "first"
handlers[a.visit] = "again"
out.append(list(handlers.values()))
out
# expect: [True, True, True, True, True, True, True, True, 2, 1, ['again']]
