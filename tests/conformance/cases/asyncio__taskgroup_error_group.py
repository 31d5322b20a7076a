import asyncio
async def bad(n):
    raise ValueError(n)
try:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
except ExceptionGroup as eg:
    r = (str(eg), [str(e) for e in eg.exceptions])
r
# expect: ('unhandled errors in a TaskGroup (1 sub-exception)', ['1'])
