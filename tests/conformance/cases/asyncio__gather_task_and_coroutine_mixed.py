import asyncio
async def v(x):
    await asyncio.sleep(0)
    return x
t = asyncio.create_task(v(1))
await asyncio.gather(t, v(2), t)
# expect: [1, 2, 1]
