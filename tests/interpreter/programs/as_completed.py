# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

coros = [slow_echo(n, delay=0.001 * (5 - n)) for n in range(5)]
collected = []
for fut in asyncio.as_completed(coros):
    collected.append(await fut)
print(len(collected))
sorted(collected)
