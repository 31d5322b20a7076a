import asyncio
q = asyncio.Queue()
for i in range(3):
    q.put_nowait(i)
[q.get_nowait() for _ in range(3)]
# expect: [0, 1, 2]
