import asyncio
async def slow():
    await asyncio.sleep(1)
t = asyncio.create_task(slow())
async def canceller():
    await asyncio.sleep(0)
    t.cancel()
try:
    await asyncio.gather(t, canceller())
except asyncio.CancelledError:
    r = "cancelled"
r
# expect: 'cancelled'
