# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

async def describe(order_id):
    try:
        order = await get_order(order_id)
    except ValueError as exc:
        return f"#{order_id}: missing ({exc})"
    match order:
        case {"status": "cancelled", "item": item}:
            return f"#{order_id}: {item} cancelled"
        case {"status": "shipped" | "delivered" as st, "quantity": q} if q > 2:
            return f"#{order_id}: bulk {st} x{q}"
        case {"status": st, "unit_price": float(p)} if p > 100:
            return f"#{order_id}: pricey {st} {p:,.2f}"
        case {"status": st, **rest}:
            return f"#{order_id}: {st} keys={sorted(rest)[:3]}"
    return "unreachable"

results = await asyncio.gather(*(describe(i) for i in range(10, 22)))
for r in results:
    print(r)
len(results), results[-1]
