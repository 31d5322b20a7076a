# Attacks: a started coroutine object left suspended inside a try/finally.
# Held: nothing runs after return.
import asyncio
async def co():
    try:
        await asyncio.sleep(1000)
    finally:
        print("AFTER: coroutine finally")
t = asyncio.create_task(co())
await asyncio.sleep(0)
1
