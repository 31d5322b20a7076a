import asyncio
ev = asyncio.Event()
log = []
async def waiter(n):
    await ev.wait()
    log.append(n)
ts = [asyncio.create_task(waiter(i)) for i in range(3)]
await asyncio.sleep(0)
ev.set()
await asyncio.gather(*ts)
log
# expect: [0, 1, 2]
