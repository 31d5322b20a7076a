import asyncio
log = []
gate = asyncio.Event()
async def slow():
    await gate.wait()
    log.append("slow done")
    return 5
async def bad():
    await asyncio.sleep(0)
    raise RuntimeError("bad")
s = asyncio.create_task(slow())
try:
    await asyncio.gather(s, bad())
except RuntimeError as e:
    log.append(str(e))
gate.set()
log.append(await s)
log
# expect: ['bad', 'slow done', 5]
