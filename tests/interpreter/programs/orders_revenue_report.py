# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
# Revenue per user, formatted as a small table.
rows = []
for user_id in [3, 4, 7, 12]:
    orders = await list_orders(user_id)
    revenue = sum(o["quantity"] * o["unit_price"] for o in orders if o["status"] != "cancelled")
    rows.append((user_id, len(orders), revenue))

rows.sort(key=lambda r: r[2], reverse=True)
print(f"{'user':>6} | {'orders':>6} | {'revenue':>10}")
print("-" * 30)
for user_id, count, revenue in rows:
    print(f"{user_id:>6} | {count:>6} | {revenue:>10,.2f}")
total = sum(r[2] for r in rows)
print(f"{'total':>6} | {sum(r[1] for r in rows):>6} | {total:>10,.2f}")
round(total, 2)
