import asyncio
class C:
    x = await asyncio.sleep(0)
# expect: refused at compile time: SyntaxError: 'await' outside function
