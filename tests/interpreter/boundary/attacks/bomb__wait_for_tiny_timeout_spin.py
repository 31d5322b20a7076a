# Attacks: wait_for with a tiny timeout in a loop (timers churn).
# Held: a clean PtcError or result within budget.
import asyncio
n = 0
async def forever():
    while True:
        await asyncio.sleep(0)
for i in range(2000):
    try:
        await asyncio.wait_for(forever(), 1e-300)
    except asyncio.TimeoutError:
        n += 1
n
