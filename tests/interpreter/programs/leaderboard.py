# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

users = await list_users(limit=40)
orders_lists = await asyncio.gather(*[list_orders(u["id"], status="delivered") for u in users[:12]])
spend = {}
for u, orders in zip(users, orders_lists):
    spend[u["name"]] = round(sum(o["unit_price"] * o["quantity"] for o in orders), 2)
board = sorted(((s, n) for n, s in spend.items() if s > 0), reverse=True)
medals = ["gold", "silver", "bronze"]
lines = []
for place, (amount, name) in enumerate(board, start=1):
    medal = medals[place - 1] if place <= len(medals) else ""
    lines.append(f"{place:>2}. {name:<14} ${amount:>9.2f} {medal}".rstrip())
print("\n".join(lines))
{"board": board, "zero": sorted(n for n, s in spend.items() if s == 0)}
