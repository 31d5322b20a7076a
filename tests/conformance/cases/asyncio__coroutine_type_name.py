async def f():
    return 1
c = f()
name = type(c).__name__
(name, await c)
# expect: ('coroutine', 1)
