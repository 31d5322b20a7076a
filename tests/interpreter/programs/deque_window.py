# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from collections import deque

quote = await get_stock_price("ACME")
prices = quote["history"] + [p + 1.5 for p in quote["history"]]
window = deque(maxlen=3)
averages = []
for p in prices:
    window.append(p)
    if len(window) == 3:
        averages.append(round(sum(window) / 3, 3))
queue = deque([1, 2, 3])
queue.appendleft(0)
queue.rotate(1)
last = queue.pop()
first = queue.popleft()
{"averages": averages, "queue": list(queue), "last": last, "first": first}
