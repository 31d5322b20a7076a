import asyncio
s = {1, 2, 3}
try:
    for x in s:
        await asyncio.sleep(0)
        s.add(x + 10)
except RuntimeError as e:
    r = str(e)
r
# expect: 'Set changed size during iteration'
