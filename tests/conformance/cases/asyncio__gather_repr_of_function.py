import asyncio
repr(asyncio.gather).split(" at ")[0]
# expect: '<function gather'
