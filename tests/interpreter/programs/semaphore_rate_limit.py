# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

sem = asyncio.Semaphore(3)
in_flight = 0
peak = 0

async def limited_fetch(uid):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        user = await get_user(uid)
        await asyncio.sleep(0)
        in_flight -= 1
        return user["email"]

emails = await asyncio.gather(*(limited_fetch(i) for i in range(1, 11)))
{"emails": emails, "peak_ok": peak <= 3}
