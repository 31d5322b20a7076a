# Attacks: a @contextmanager generator with try/finally entered by a task that is still pending when the run returns.
# Held: the generator's finally never runs program code after run() returned.
import asyncio, contextlib
@contextlib.contextmanager
def cm():
    try:
        yield
    finally:
        print("AFTER RETURN finally")
async def hold():
    with cm():
        await asyncio.Event().wait()
asyncio.create_task(hold())
await asyncio.sleep(0)
"returned"
