import asyncio
async def ok():
    return 1
async def bad():
    raise ValueError("v")
res = await asyncio.gather(ok(), bad(), return_exceptions=True)
[type(x).__name__ for x in res]
# expect: ['int', 'ValueError']
