# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from collections import Counter, OrderedDict, defaultdict, deque

events = ["login", "view", "view", "purchase", "logout", "login", "view"]
c = Counter(events)
c.update(["view", "refund"])
c.subtract({"login": 1})
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
nested = defaultdict(lambda: defaultdict(int))
for i, e in enumerate(events):
    nested[e][i % 2] += 1
history = deque(maxlen=4)
history.extend(range(10))
history.extendleft([-1])
print(c.most_common(1), list(lru), dict(nested["view"]))
{"counter": dict(c), "total": sum(c.values()), "elements": sorted(Counter("aabc").elements()), "lru": list(lru.keys()), "nested": {k: dict(v) for k, v in nested.items()}, "history": list(history), "maxlen": history.maxlen}
