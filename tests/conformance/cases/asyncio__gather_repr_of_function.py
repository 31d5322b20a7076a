import asyncio
(repr(asyncio.gather).startswith("<function gather"), type(asyncio.gather).__name__, asyncio.gather.__name__)
# expect: (True, 'function', 'gather')
