import asyncio
async def survivor():
    await asyncio.sleep(0.01)
    return "finished"
async def fail():
    raise KeyError("k")
t = asyncio.create_task(survivor())
try:
    await asyncio.gather(t, fail())
except KeyError:
    pass
await t
# expect: 'finished'
