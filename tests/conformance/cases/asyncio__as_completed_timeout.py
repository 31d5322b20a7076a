import asyncio
never = asyncio.Event()
async def quick():
    await asyncio.sleep(0)
    return "quick"
async def stuck():
    await never.wait()
    return "stuck"
out = []
for fut in asyncio.as_completed([stuck(), quick()], timeout=0.05):
    try:
        out.append(await fut)
    except TimeoutError as e:
        out.append(type(e).__name__)
out
# expect: ['quick', 'TimeoutError']
