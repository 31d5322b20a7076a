import asyncio
async def f():
    async with asyncio.Lock() as *a:
        pass
# expect: refused at compile time: SyntaxError: starred assignment target must be in a list or tuple
