# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

async def load(uid):
    user = await get_user(uid)
    return user["name"]

async with asyncio.TaskGroup() as tg:
    tasks = [tg.create_task(load(uid)) for uid in (2, 4, 6)]
names = [t.result() for t in tasks]
names
