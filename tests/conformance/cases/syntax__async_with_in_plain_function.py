import asyncio
def f():
    async with asyncio.Lock():
        pass
# expect: refused at compile time: SyntaxError: 'async with' outside async function
