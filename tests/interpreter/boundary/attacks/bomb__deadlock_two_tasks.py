# Attacks: two tasks awaiting each other.
# Held: a clean PtcError, not a hang.
# expect: error
import asyncio
async def a():
    await tb
async def b():
    await ta
ta = asyncio.create_task(a())
tb = asyncio.create_task(b())
await ta
