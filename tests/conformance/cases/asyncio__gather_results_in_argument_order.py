import asyncio
async def f(d, v):
    await asyncio.sleep(d)
    return v
await asyncio.gather(f(0.03, "a"), f(0.01, "b"), f(0.02, "c"))
# expect: ['a', 'b', 'c']
