import asyncio
async def slow():
    await asyncio.sleep(1)
t = asyncio.create_task(slow())
async def cancel_soon():
    await asyncio.sleep(0)
    t.cancel()
res = await asyncio.gather(t, cancel_soon(), return_exceptions=True)
[type(x).__name__ for x in res]
# expect: ['CancelledError', 'NoneType']
