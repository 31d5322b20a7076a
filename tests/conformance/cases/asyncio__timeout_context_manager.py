import asyncio
try:
    async with asyncio.timeout(0.01):
        await asyncio.sleep(1)
except TimeoutError:
    r = "timed out"
r
# expect: 'timed out'
