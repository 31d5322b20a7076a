import asyncio
q = asyncio.Queue()
out = []
async def producer():
    for i in range(3):
        await q.put(i)
    await q.put(None)
async def consumer():
    while (item := await q.get()) is not None:
        out.append(item)
await asyncio.gather(producer(), consumer())
out
# expect: [0, 1, 2]
