import asyncio
await asyncio.sleep(0, result="r")
# expect: 'r'
