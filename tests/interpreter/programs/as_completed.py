# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
# trace: unordered (CPython's as_completed starts its tasks in set order, i.e. by address)
import asyncio

coros = [slow_echo(n, delay=0.001 * (5 - n)) for n in range(5)]
collected = []
for fut in asyncio.as_completed(coros):
    collected.append(await fut)
print(len(collected))
sorted(collected)
