import asyncio
e = asyncio.Event()
a = e.is_set()
e.set()
(a, e.is_set())
# expect: (False, True)
