import asyncio
log = []
async def survivor():
    await asyncio.sleep(0.01)
    log.append("survivor done")
    return "ok"
async def fail():
    raise ValueError("boom")
try:
    await asyncio.gather(survivor(), fail())
except ValueError as e:
    log.append(f"caught {e}")
await asyncio.sleep(0.05)
log
# expect: ['caught boom', 'survivor done']
