import asyncio
async def bad():
    raise KeyError("k")
t = asyncio.create_task(bad())
await asyncio.sleep(0)
(t.done(), type(t.exception()).__name__)
# expect: (True, 'KeyError')
