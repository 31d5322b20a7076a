import asyncio
async def c():
    return 7
coro = c()
await asyncio.gather(coro, coro)
# expect: [7, 7]
