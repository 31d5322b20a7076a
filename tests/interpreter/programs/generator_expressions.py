# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
orders = [await get_order(i) for i in range(20, 27)]
total_items = sum(o["quantity"] for o in orders)
any_cancelled = any(o["status"] == "cancelled" for o in orders)
all_positive = all(o["unit_price"] > 0 for o in orders)
expensive = list(o["id"] for o in orders if o["unit_price"] * o["quantity"] > 100)
nested = [(i, j) for i in range(4) for j in range(i) if (i + j) % 2]
matrix = [[r * c for c in range(1, 4)] for r in range(1, 4)]
flat = [x for row in matrix for x in row if x % 2 == 0]
squares = {n: n * n for n in range(6) if n % 2}
unique_items = sorted({o["item"] for o in orders})
first_big = next((o["id"] for o in orders if o["quantity"] >= 4), None)
{"total": total_items, "cancelled": any_cancelled, "positive": all_positive, "expensive": expensive, "nested": nested, "flat": flat, "squares": squares, "items": unique_items, "first_big": first_big}
