import asyncio
(repr(asyncio.create_task).startswith("<function create_task"), type(asyncio.create_task).__name__, asyncio.create_task.__name__)
# expect: (True, 'function', 'create_task')
