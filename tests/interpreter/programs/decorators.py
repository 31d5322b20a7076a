# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=2):
    return a + b
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
import asyncio
def retry(times):
    def deco(fn):
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(times):
                try:
                    return await fn(*args, attempt=attempt, **kwargs)
                except TimeoutError as e:
                    last = e
            raise last
        return wrapper
    return deco
@retry(3)
async def lookup(key, attempt=0):
    return await flaky_lookup(key, attempt=attempt)
[add(1), add(1, b=5), hi("x"), await lookup("xy")]
