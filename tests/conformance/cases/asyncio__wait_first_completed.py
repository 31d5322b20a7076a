import asyncio
never = asyncio.Event()
async def quick():
    await asyncio.sleep(0)
    return "a"
async def stuck():
    await never.wait()
    return "b"
done, pending = await asyncio.wait([asyncio.create_task(quick()), asyncio.create_task(stuck())], return_when=asyncio.FIRST_COMPLETED)
r = ([t.result() for t in done], len(pending))
for t in pending:
    t.cancel()
r
# expect: (['a'], 1)
