import asyncio
log = []
async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
t = asyncio.create_task(worker())
await asyncio.sleep(0)
t.cancel()
try:
    await t
except asyncio.CancelledError:
    log.append("saw it")
(log, t.cancelled())
# expect: (['cancelled', 'saw it'], True)
