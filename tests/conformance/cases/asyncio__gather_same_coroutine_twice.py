import asyncio
async def c():
    return 1
coro = c()
g1 = asyncio.gather(coro)
g2 = asyncio.gather(coro)
r1 = await g1
try:
    await g2
except RuntimeError as e:
    r2 = str(e)
(r1, r2)
# expect: ([1], 'cannot reuse already awaited coroutine')
