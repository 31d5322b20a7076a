import asyncio
async def v(x):
    return x
await asyncio.gather(asyncio.gather(v(1), v(2)), v(3))
# expect: [[1, 2], 3]
