import asyncio
def f():
    return [await asyncio.sleep(0) for _ in range(2)]
# expect: refused at compile time: SyntaxError: asynchronous comprehension outside of an asynchronous function
