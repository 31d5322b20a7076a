import asyncio
async def c():
    return 5
t = asyncio.create_task(c())
(await t, await t)
# expect: (5, 5)
