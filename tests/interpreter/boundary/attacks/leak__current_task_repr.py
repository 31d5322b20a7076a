# Attacks: reprs of asyncio objects the scheduler hands out (current_task, tasks, futures from gather, TaskGroup, timeout).
# Held: no addresses or host class names.
import asyncio
async def f():
    await asyncio.sleep(0)
t = asyncio.create_task(f())
g = asyncio.gather(f(), f())
out = [repr(asyncio.current_task()), repr(t), repr(g), str(asyncio.TaskGroup()), repr(asyncio.timeout(1)), repr(asyncio.Semaphore(2)), repr(asyncio.Event())]
await g
await t
out.append(repr(t))
out
