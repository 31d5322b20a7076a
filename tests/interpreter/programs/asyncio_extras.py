# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
sem = asyncio.Semaphore(2)
lock = asyncio.Lock()
log = []
async def limited(uid):
    async with sem:
        user = await get_user(uid)
    async with lock:
        log.append(uid)
    return user["team"]
teams = await asyncio.gather(*(limited(u) for u in range(1, 7)))
print(teams, sorted(log))
event = asyncio.Event()
async def waiter():
    await event.wait()
    return "released"
t = asyncio.create_task(waiter())
await asyncio.sleep(0)
event.set()
print(await t, event.is_set())
done, pending = await asyncio.wait([asyncio.create_task(slow_echo(value=v, delay=0)) for v in "ab"])
sorted(d.result() for d in done), len(pending)
