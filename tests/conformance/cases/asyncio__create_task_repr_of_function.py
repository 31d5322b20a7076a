import asyncio
repr(asyncio.create_task).split(" at ")[0]
# expect: '<function create_task'
