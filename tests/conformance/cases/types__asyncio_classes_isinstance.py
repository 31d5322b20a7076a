import asyncio
q = asyncio.Queue()
lock = asyncio.Lock()
(isinstance(q, asyncio.Queue), isinstance(asyncio.PriorityQueue(), asyncio.Queue), isinstance(lock, asyncio.Lock), isinstance(lock, asyncio.Semaphore), isinstance(asyncio.Semaphore(2), asyncio.Semaphore), isinstance(asyncio.Event(), asyncio.Event), isinstance(q, asyncio.Event))
# expect: (True, True, True, False, True, True, False)
