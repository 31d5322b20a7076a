# Attacks: asyncio.gather of 900 children where the first fails at once and the survivors each spawn more tasks before finishing.
# Held: a clean PtcError (task limit) or result.
import asyncio
async def fail():
    raise ValueError("x")
async def spawner(i):
    await asyncio.sleep(0)
    for _ in range(5):
        asyncio.create_task(asyncio.sleep(0))
    return i
try:
    await asyncio.gather(fail(), *[spawner(i) for i in range(900)])
except ValueError:
    pass
for _ in range(10):
    await asyncio.sleep(0)
"done"
