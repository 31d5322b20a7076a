import asyncio
log = []
async def w(n):
    log.append(n)
t = asyncio.create_task(w(1))
log.append(0)
await asyncio.sleep(0)
log
# expect: [0, 1]
