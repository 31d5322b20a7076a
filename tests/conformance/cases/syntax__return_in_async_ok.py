async def f():
    return 3
await f()
# expect: 3
