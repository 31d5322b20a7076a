import asyncio
async def one():
    return 1
r = await asyncio.gather(one(), one())
type(r).__name__
# expect: 'list'
