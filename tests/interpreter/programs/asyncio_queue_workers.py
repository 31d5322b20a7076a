# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
queue = asyncio.Queue()
for uid in range(1, 9):
    queue.put_nowait(uid)
results = {}
order = []
async def worker(name):
    while True:
        try:
            uid = queue.get_nowait()
        except asyncio.QueueEmpty:
            return name
        user = await get_user(uid)
        order.append((name, uid))
        results[uid] = user["name"]
        queue.task_done()
done = await asyncio.gather(*(worker(f"w{i}") for i in range(3)))
await queue.join()
print(done, queue.empty(), queue.qsize())
# producer/consumer with a bounded queue and sentinels
q = asyncio.Queue(maxsize=2)
log = []
async def producer():
    for i in range(6):
        await q.put(i)
        log.append(("put", i, q.qsize()))
    for _ in range(2):
        await q.put(None)
async def consumer(name):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return (name, total)
        log.append((name, item))
        total += item
        q.task_done()
outs = await asyncio.gather(producer(), consumer("a"), consumer("b"))
await q.join()
print(log)
lifo = asyncio.LifoQueue()
pq = asyncio.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put_nowait(x)
    pq.put_nowait((x, f"job{x}"))
print([lifo.get_nowait() for _ in range(3)], [pq.get_nowait()[1] for _ in range(3)])
full = asyncio.Queue(1)
full.put_nowait("x")
try:
    full.put_nowait("y")
except asyncio.QueueFull:
    print("full", full.full(), full.maxsize)
try:
    full.task_done(); full.task_done()
except ValueError as e:
    print("err", e)
async def getter():
    return await asyncio.wait_for(asyncio.Queue().get(), 0.01)
try:
    await getter()
except asyncio.TimeoutError:
    print("timed out")
# a getter woken for an item but cancelled before it ran hands the item on to the next getter
handoff = asyncio.Queue()
async def take(n):
    return (n, await handoff.get())
first = asyncio.create_task(take(1))
second = asyncio.create_task(take(2))
await asyncio.sleep(0)
handoff.put_nowait("a")
first.cancel()
print(await second, first.cancelled(), handoff.empty())
(outs, sorted(results.items()), len(order))
