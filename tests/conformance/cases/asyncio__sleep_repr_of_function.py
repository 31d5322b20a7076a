import asyncio
repr(asyncio.sleep).split(" at ")[0]
# expect: '<function sleep'
