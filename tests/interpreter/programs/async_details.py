# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
async def val(x):
    await asyncio.sleep(0)
    return x
async def boom():
    raise ValueError("boom")
r1 = await asyncio.sleep(0, result="slept")
t = asyncio.create_task(val(5))
await asyncio.sleep(0)
r2 = [await t, t.result(), t.done()]
t2 = asyncio.create_task(boom())
try:
    await t2
except ValueError as e:
    r3 = str(e)
res = await asyncio.gather(val(1), asyncio.gather(val(2), val(3)), return_exceptions=True)
x = [await val(i) for i in range(3) if await val(i) != 1]
d = {await val(k): await val(k * 2) for k in range(2)}
c = (await val("yes")) if await val(True) else "no"
f = f"{await val('in f-string')}"
print(r1, r2, r3, res, x, d, c, f)
