# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from collections import Counter

orders = []
for uid in range(1, 9):
    orders.extend(await list_orders(uid))
items = Counter(o["item"] for o in orders)
statuses = Counter()
for o in orders:
    statuses[o["status"]] += o["quantity"]
print(items.most_common(3))
print(sorted(statuses.items()))
both = items + Counter({"keyboard": 10})
{"top": items.most_common(2), "total": sum(items.values()), "keyboard": both["keyboard"], "missing": items["tablet"]}
