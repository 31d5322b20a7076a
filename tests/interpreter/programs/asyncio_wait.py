# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
pending = [asyncio.create_task(slow_echo(i, delay=0.001 * i)) for i in range(4)]
done, still = await asyncio.wait(pending, timeout=5)
print(len(done), len(still), sorted(t.result() for t in done))
