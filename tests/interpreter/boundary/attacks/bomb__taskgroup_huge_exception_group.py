# Attacks: an uncaught ExceptionGroup of 900 failures with 100k-char messages (report rendering size and cost).
# Held: a clean PtcError with a bounded report.
# expect: error
import asyncio
m = "x" * 100_000
async def bad(i):
    raise ValueError(m, i)
async with asyncio.TaskGroup() as tg:
    for i in range(900):
        tg.create_task(bad(i))
