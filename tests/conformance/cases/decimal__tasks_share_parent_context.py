import asyncio
from decimal import Decimal, getcontext

async def set_prec(p):
    getcontext().prec = p
    await asyncio.sleep(0)
    return str(Decimal(1) / 3)

fresh = await asyncio.gather(set_prec(3), set_prec(5))
before = getcontext().prec
getcontext().prec = 8
shared = await asyncio.create_task(set_prec(4))
(fresh, before, shared, getcontext().prec)
# expect: (['0.333', '0.33333'], 28, '0.3333', 4)
