# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
async def load(uid):
    user = await get_user(uid)
    return user["name"]
names = await asyncio.gather(load(1), load(2), load(1000))
print(names)
