# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

names = []
for uid in [1, 2, 0, 3]:
    user = await get_user(uid)
    names.append(user["name"])
    print("got", user["name"])
names
