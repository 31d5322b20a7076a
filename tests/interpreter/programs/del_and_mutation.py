# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
inventory = {"apples": 5, "pears": 0, "plums": 12, "kiwis": 3}
del inventory["pears"]
popped = inventory.pop("kiwis")
missing = inventory.pop("grapes", None)
inventory.setdefault("figs", 1)
stock = list(inventory.items())
queue = [3, 1, 4, 1, 5, 9, 2, 6]
del queue[0]
queue.remove(1)
queue.insert(2, 99)
last = queue.pop()
queue.extend([7, 7])
index = queue.index(99)
queue.sort()
counts = queue.count(7)
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
item = inventory.popitem()
inventory.clear()
{"stock": stock, "popped": popped, "missing": missing, "queue": queue, "last": last, "index": index, "counts": counts, "item": item, "empty": inventory}
