import asyncio
lock = asyncio.Lock()
log = []
async def w(n):
    async with lock:
        log.append(f"in{n}")
        await asyncio.sleep(0)
        log.append(f"out{n}")
await asyncio.gather(w(1), w(2))
log
# expect: ['in1', 'out1', 'in2', 'out2']
