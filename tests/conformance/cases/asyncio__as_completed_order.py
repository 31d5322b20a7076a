import asyncio
fast_done = asyncio.Event()
async def fast():
    await asyncio.sleep(0)
    fast_done.set()
    return "fast"
async def slow():
    await fast_done.wait()
    return "slow"
out = []
for fut in asyncio.as_completed([slow(), fast()]):
    out.append(await fut)
out
# expect: ['fast', 'slow']
