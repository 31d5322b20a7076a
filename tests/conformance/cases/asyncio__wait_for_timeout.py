import asyncio
async def slow():
    await asyncio.sleep(1)
try:
    await asyncio.wait_for(slow(), 0.01)
except asyncio.TimeoutError as e:
    r = type(e).__name__
r
# expect: 'TimeoutError'
