import asyncio
await asyncio.gather()
# expect: []
