import asyncio
async def worker(queue: asyncio.Queue, done: asyncio.Event) -> int:
    total = 0
    while not queue.empty():
        total += await queue.get()
    done.set()
    return total
q = asyncio.Queue()
for i in range(4):
    q.put_nowait(i)
ev = asyncio.Event()
(await worker(q, ev), ev.is_set())
# expect: (6, True)
