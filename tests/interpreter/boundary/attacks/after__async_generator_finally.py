# Attacks: an async generator suspended in try/finally (asyncio's asyncgen finalizer hook).
# Held: nothing runs after return.
async def ag():
    try:
        yield 1
        yield 2
    finally:
        print("AFTER: agen finally")
async def main():
    it = ag()
    await it.__anext__() if False else None
    async for v in it:
        break
    return it
x = await main()
1
