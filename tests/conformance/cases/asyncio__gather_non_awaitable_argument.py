import asyncio
try:
    await asyncio.gather(1)
except TypeError as e:
    r = str(e)
r
# expect: 'An asyncio.Future, a coroutine or an awaitable is required'
