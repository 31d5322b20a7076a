import asyncio
async def f(d, v):
    await asyncio.sleep(d)
    return v
out = []
for fut in asyncio.as_completed([f(0.02, "slow"), f(0.01, "fast")]):
    out.append(await fut)
out
# expect: ['fast', 'slow']
