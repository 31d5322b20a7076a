# Attacks: tasks that set and change decimal contexts while interleaving with awaits; a
# context leaked from one task (or left on the host thread) would change the others' results.
# Held: each task sees its own context, as CPython's contextvars give it; the output is fixed.
import asyncio
import decimal
from decimal import Decimal
async def worker(prec):
    decimal.getcontext().prec = prec
    await asyncio.sleep(0)
    with decimal.localcontext() as c:
        c.prec = prec + 1
        await asyncio.sleep(0)
        inner = str(Decimal(1) / 7)
    await asyncio.sleep(0)
    return inner, str(Decimal(1) / 7), decimal.getcontext().prec
async def main():
    results = await asyncio.gather(*(worker(p) for p in (2, 5, 9)))
    return results, decimal.getcontext().prec
asyncio.run(main())
