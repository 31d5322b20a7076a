import asyncio
gate = asyncio.Event()
async def slow_fail():
    await gate.wait()
    raise ValueError("slow")
async def fast_fail():
    await asyncio.sleep(0)
    raise TypeError("fast")
try:
    await asyncio.gather(slow_fail(), fast_fail())
except Exception as e:
    r = (type(e).__name__, str(e))
gate.set()
await asyncio.sleep(0)
r
# expect: ('TypeError', 'fast')
