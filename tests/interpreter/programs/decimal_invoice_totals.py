# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

CENT = Decimal("0.01")
orders = await asyncio.gather(*[get_order(i) for i in (1, 2, 3, 4, 5, 6)])
rate = Decimal(str(await get_exchange_rate("USD", "EUR")))


async def line_total(order):
    with localcontext() as ctx:
        ctx.prec = 12
        amount = Decimal(str(order["unit_price"])) * order["quantity"]
        await asyncio.sleep(0)
        return (amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)


totals = await asyncio.gather(*[line_total(o) for o in orders])
subtotal = sum(totals, Decimal("0"))
tax = (subtotal * Decimal("0.0825")).quantize(CENT, rounding=ROUND_HALF_UP)
shares = [Fraction(o["quantity"], sum(x["quantity"] for x in orders)) for o in orders]
print(f"subtotal {subtotal:,.2f} EUR, tax {tax}, total {subtotal + tax:>12,.2f}")
{
    "lines": [str(t) for t in totals],
    "subtotal": str(subtotal),
    "total": f"{subtotal + tax:.2f}",
    "biggest": str(max(totals)),
    "shares": [str(s) for s in shares],
    "share_sum": str(sum(shares)),
    "as_float": float(subtotal),
}
