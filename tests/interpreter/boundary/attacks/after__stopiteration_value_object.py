# Attacks: a task result that is a program object with a printing __repr__.
# Held: nothing after return.
import asyncio
class R:
    def __repr__(self):
        print("AFTER: task result repr")
        return "R"
async def f():
    return R()
t = asyncio.create_task(f())
await t
t
