import asyncio
async def v():
    await asyncio.sleep(0.01)
    return "v"
await asyncio.wait_for(v(), timeout=1)
# expect: 'v'
