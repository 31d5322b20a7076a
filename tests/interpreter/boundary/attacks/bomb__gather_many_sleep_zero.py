# Attacks: gather of many tasks each yielding many times.
# Held: a clean PtcError within budget.
import asyncio
async def spin():
    for _ in range(10**9):
        await asyncio.sleep(0)
await asyncio.gather(*[spin() for _ in range(900)])
