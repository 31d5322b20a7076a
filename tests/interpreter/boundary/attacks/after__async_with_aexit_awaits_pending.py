# Attacks: a task suspended inside `async with` of a program context manager whose __aexit__ awaits (sleep, a tool-like wait) before printing, left pending when the run returns.
# Held: __aexit__'s code after its await never runs after run() returned.
import asyncio
class ACM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        await asyncio.sleep(0)
        await asyncio.sleep(1)
        print("AFTER RETURN aexit")
        return True
async def hold():
    async with ACM():
        await asyncio.Event().wait()
    print("AFTER RETURN body continued")
asyncio.create_task(hold())
await asyncio.sleep(0)
"returned"
