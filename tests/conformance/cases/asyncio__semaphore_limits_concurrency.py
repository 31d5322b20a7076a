import asyncio
sem = asyncio.Semaphore(2)
active = 0
peak = 0
async def job():
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
await asyncio.gather(*[job() for _ in range(5)])
peak
# expect: 2
