import itertools, asyncio
c = itertools.cycle(itertools.count())
out = [next(c) for _ in range(5)]
async def f(i, delay):
    await asyncio.sleep(delay)
    return i
async def main():
    it = asyncio.as_completed([f(1, 0.02), f(2, 0)])
    first = await next(it)
    return first, type(it).__name__
out.append(await main())
out
# expect: [0, 1, 2, 3, 4, (2, 'generator')]
