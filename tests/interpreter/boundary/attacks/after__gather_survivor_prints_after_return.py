# Attacks: asyncio.gather: after one child fails, the others keep running; the program catches the failure and returns at once while a survivor is still suspended.
# Held: the survivor never prints after run() returned.
import asyncio
async def fail():
    raise ValueError("boom")
async def survivor():
    for i in range(5):
        await asyncio.sleep(0)
    print("AFTER RETURN survivor")
async def main():
    try:
        await asyncio.gather(survivor(), fail())
    except ValueError:
        return "caught"
await main()
