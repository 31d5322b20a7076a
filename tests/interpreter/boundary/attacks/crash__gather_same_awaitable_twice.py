# Attacks: asyncio.gather with the same coroutine / task passed many times, and a task gathering itself.
# Held: a clean result or PtcError.
import asyncio
async def work():
    await asyncio.sleep(0)
    return 7
c = work()
r1 = await asyncio.gather(*[c] * 500)
t = asyncio.create_task(work())
r2 = await asyncio.gather(t, t, t)
async def selfish():
    me = asyncio.current_task()
    return await asyncio.gather(me)
try:
    r3 = await asyncio.wait_for(selfish(), 1)
except BaseException as e:
    r3 = type(e).__name__
(len(r1), r1[:2], r2, r3)
