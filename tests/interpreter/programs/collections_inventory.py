# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from collections import Counter, defaultdict, deque, OrderedDict, namedtuple
Item = namedtuple("Item", ["name", "qty", "price"])
items = [Item("bolt", 120, 0.05), Item("nut", 300, 0.02), Item("gear", 7, 4.5), Item("bolt", 30, 0.06)]
print(items[0], items[0].name, items[2].qty * items[2].price, len(items))
totals = Counter()
for it in items:
    totals[it.name] += it.qty
print(totals, totals.most_common(1), totals["missing"], sum(totals.values()), list(totals))
c2 = Counter("mississippi")
print(c2.most_common(3), c2 - Counter("miss"), c2 + Counter(s=1), c2 & Counter("sip"), (c2 | Counter("zz"))["z"])
nested = defaultdict(lambda: defaultdict(int))
for it in items:
    nested[it.name]["orders"] += 1
    nested[it.name]["qty"] += it.qty
print({k: dict(v) for k, v in nested.items()})
q = deque([1, 2, 3], maxlen=4)
q.append(4); q.append(5); q.appendleft(0); q.rotate(1)
print(q, list(q), q.maxlen, q.popleft(), q.pop(), len(q), q[0], q[-1])
od = OrderedDict.fromkeys("cab")
od.move_to_end("c")
print(list(od), od.popitem(last=False), od)
p = Item(items[1].name, 1, items[1].price)
a, b, c = p
[a, b, c, p == ("nut", 1, 0.02), isinstance(p, tuple), repr(p)]
