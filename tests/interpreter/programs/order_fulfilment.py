# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
from collections import defaultdict
order_ids = list(range(100, 124))
async def fetch(oid):
    try:
        return await get_order(order_id=oid)
    except ValueError:
        return None
orders = [o for o in await asyncio.gather(*map(fetch, order_ids)) if o is not None]
missing = sorted(set(order_ids) - {o["id"] for o in orders})
print(f"fetched {len(orders)}, missing {missing}")
by_status = defaultdict(lambda: {"count": 0, "revenue": 0.0, "items": set()})
for o in orders:
    bucket = by_status[o["status"]]
    bucket["count"] += 1
    bucket["revenue"] += o["quantity"] * o["unit_price"]
    bucket["items"].add(o["item"])
for status in sorted(by_status, key=lambda s: -by_status[s]["revenue"]):
    b = by_status[status]
    print(f"{status.upper():<10}{b['count']:>3}{b['revenue']:>12,.2f}  {', '.join(sorted(b['items']))}")
months = defaultdict(int)
for o in orders:
    months[o["created"][:7]] += 1
print(dict(sorted(months.items())))
big = [o for o in orders if o["quantity"] * o["unit_price"] > 500]
summary = {s: round(b["revenue"], 2) for s, b in by_status.items()}
summary, [o["id"] for o in big], sum(b["count"] for b in by_status.values())
