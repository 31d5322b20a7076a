# Attacks: a task that swallows CancelledError in a loop after the main program returned.
# Held: the run ends (result or PtcError); nothing runs after return.
import asyncio
async def stubborn():
    while True:
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("still here")
t = asyncio.create_task(stubborn())
await asyncio.sleep(0)
"done"
