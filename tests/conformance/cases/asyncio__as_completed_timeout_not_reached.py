import asyncio
async def value(v):
    await asyncio.sleep(0)
    return v
sorted([await f for f in asyncio.as_completed([value(2), value(1)], timeout=30)])
# expect: [1, 2]
