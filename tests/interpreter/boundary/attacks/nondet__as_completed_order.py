# Attacks: asyncio.as_completed over tasks finishing in the same scheduler turn (order from a host set?).
# Held: the same order in every process.
import asyncio
async def job(i):
    await asyncio.sleep(0)
    return i
out = []
for f in asyncio.as_completed([job(i) for i in range(40)]):
    out.append(await f)
out
