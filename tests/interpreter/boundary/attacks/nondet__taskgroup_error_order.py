# Attacks: a TaskGroup whose tasks all fail: the ExceptionGroup's member order and its rendering.
# Held: the same report in every process.
import asyncio
async def bad(i):
    await asyncio.sleep(0)
    raise ValueError(f"bad {i}")
try:
    async with asyncio.TaskGroup() as tg:
        for i in range(30):
            tg.create_task(bad(i))
except Exception as e:
    r = [type(e).__name__, str(e), [str(x) for x in getattr(e, "exceptions", [])]]
r
