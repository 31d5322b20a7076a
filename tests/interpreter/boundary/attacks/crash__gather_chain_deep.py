# Attacks: asyncio.gather of asyncio.gather of ... 5,000 deep, then awaited (completion propagates through every level).
# Held: a clean result or PtcError; the process survives.
import asyncio
async def leaf():
    return 1
g = asyncio.gather(leaf())
for _ in range(5000):
    g = asyncio.gather(g)
r = await g
len(r)
