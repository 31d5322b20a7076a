# Attacks: `asyncio.wait(..., timeout=0)` removes its callback from each child's waiter list when it
# returns (`list.remove`, a scan from the front): a task that already has 100,000 waiters in front
# (left by as_completed) makes each removal scan them all, natively and uncharged.
import asyncio
t = asyncio.create_task(asyncio.sleep(1000))
for _ in range(100):
    asyncio.as_completed([t] * 1000)
while True:
    await asyncio.wait([t] * 1000, timeout=0)
