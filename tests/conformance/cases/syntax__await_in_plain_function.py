import asyncio
def f():
    await asyncio.sleep(0)
# expect: refused at compile time: SyntaxError: 'await' outside async function
