# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
import time

start = time.time()
attempts = []
for attempt in range(4):
    value = await flaky_lookup("xenon", attempt=attempt) if attempt >= 2 else None
    attempts.append(value)
    if value:
        break
    await asyncio.sleep(0.001 * (2 ** attempt))
elapsed = time.time() - start
print("done after", len(attempts), "attempts")
{"attempts": attempts, "elapsed_ok": 0 <= elapsed < 5, "monotonic": time.time() >= start}
