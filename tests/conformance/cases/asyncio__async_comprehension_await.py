import asyncio
async def sq(x):
    await asyncio.sleep(0)
    return x * x
[await sq(i) for i in range(4)]
# expect: [0, 1, 4, 9]
