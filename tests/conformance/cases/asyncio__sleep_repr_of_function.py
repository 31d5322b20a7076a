import asyncio
(repr(asyncio.sleep).startswith("<function sleep"), type(asyncio.sleep).__name__, asyncio.sleep.__name__)
# expect: (True, 'function', 'sleep')
