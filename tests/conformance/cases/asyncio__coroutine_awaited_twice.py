import asyncio
async def c():
    return 1
coro = c()
await coro
try:
    await coro
except RuntimeError as e:
    r = str(e)
r
# expect: 'cannot reuse already awaited coroutine'
