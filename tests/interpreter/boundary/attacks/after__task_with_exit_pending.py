# Attacks: a task suspended inside `with` of a program context manager whose __exit__ prints, left pending when the run returns.
# Held: __exit__ never runs after run() returned.
import asyncio
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("AFTER RETURN exit")
        return False
async def hold():
    with CM():
        await asyncio.Event().wait()
t = asyncio.create_task(hold())
await asyncio.sleep(0)
"returned"
