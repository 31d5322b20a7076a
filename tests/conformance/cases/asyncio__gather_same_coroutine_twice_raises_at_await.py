import asyncio
async def c():
    return 1
coro = c()
g1 = asyncio.gather(coro)
g2 = asyncio.gather(coro)
print("both created")
await g2
# expect: raises RuntimeError: cannot reuse already awaited coroutine
