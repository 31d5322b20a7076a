import asyncio
log = []
gate = asyncio.Event()
finished = asyncio.Event()
async def survivor():
    await gate.wait()
    log.append("survivor done")
    finished.set()
    return "ok"
async def fail():
    raise ValueError("boom")
try:
    await asyncio.gather(survivor(), fail())
except ValueError as e:
    log.append(f"caught {e}")
gate.set()
await finished.wait()
log
# expect: ['caught boom', 'survivor done']
