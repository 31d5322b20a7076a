import asyncio
ran = []
async def w():
    ran.append(1)
t = asyncio.create_task(w())
t.cancel()
try:
    await t
except asyncio.CancelledError:
    pass
(ran, t.cancelled())
# expect: ([], True)
