import asyncio
async def slow_fail():
    await asyncio.sleep(0.02)
    raise ValueError("slow")
async def fast_fail():
    await asyncio.sleep(0.01)
    raise TypeError("fast")
try:
    await asyncio.gather(slow_fail(), fast_fail())
except Exception as e:
    r = (type(e).__name__, str(e))
await asyncio.sleep(0.05)
r
# expect: ('TypeError', 'fast')
