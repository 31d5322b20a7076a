import asyncio
async def v(x):
    await asyncio.sleep(0)
    return x
async with asyncio.TaskGroup() as tg:
    ts = [tg.create_task(v(i)) for i in range(3)]
[t.result() for t in ts]
# expect: [0, 1, 2]
