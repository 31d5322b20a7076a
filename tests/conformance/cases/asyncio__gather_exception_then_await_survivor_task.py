import asyncio
log = []
async def slow():
    await asyncio.sleep(0.02)
    log.append("slow done")
    return 5
async def bad():
    await asyncio.sleep(0.01)
    raise RuntimeError("bad")
s = asyncio.create_task(slow())
try:
    await asyncio.gather(s, bad())
except RuntimeError as e:
    log.append(str(e))
log.append(await s)
log
# expect: ['bad', 'slow done', 5]
