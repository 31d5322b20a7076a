import asyncio
async def v():
    return 3
t = asyncio.create_task(v())
before = t.done()
await t
(before, t.done(), t.result(), t.cancelled())
# expect: (False, True, 3, False)
