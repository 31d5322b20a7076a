import asyncio
async def main():
    return 3
await main()
# expect: 3
