# Attacks: a task awaiting itself through gather.
# Held: a clean PtcError.
# expect: error
import asyncio
async def f():
    await t
t = asyncio.create_task(f())
await t
