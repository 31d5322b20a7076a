import asyncio
async def d(s, v):
    await asyncio.sleep(s)
    return v
done, pending = await asyncio.wait([asyncio.create_task(d(0.01, "a")), asyncio.create_task(d(0.05, "b"))], return_when=asyncio.FIRST_COMPLETED)
r = ([t.result() for t in done], len(pending))
for t in pending:
    t.cancel()
r
# expect: (['a'], 1)
