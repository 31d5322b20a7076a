# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from collections import namedtuple
from functools import reduce
Line = namedtuple("Line", "sku desc qty unit")
TAX = {"standard": 0.2, "reduced": 0.05}
orders = await list_orders(user_id=9)
lines = [Line(f"SKU-{o['id']:05d}", o["item"].title(), o["quantity"], o["unit_price"]) for o in orders]
def money(x):
    return f"${x:,.2f}"
width = max(len(l.desc) for l in lines) + 2
print(f"{'SKU':<10}{'Item':<{width}}{'Qty':>4}{'Unit':>11}{'Total':>12}")
for l in lines:
    print(f"{l.sku:<10}{l.desc:<{width}}{l.qty:>4}{money(l.unit):>11}{money(l.qty * l.unit):>12}")
subtotal = reduce(lambda acc, l: acc + l.qty * l.unit, lines, 0.0)
rate = TAX["reduced"] if subtotal < 200 else TAX["standard"]
tax = round(subtotal * rate, 2)
print("-" * (10 + width + 27))
for label, amount in [("Subtotal", subtotal), (f"Tax ({rate:.0%})", tax), ("Total", subtotal + tax)]:
    print(f"{label:>{10 + width + 15}}{money(amount):>12}")
"{0.sku}/{0.qty}".format(lines[0]), len(lines), round(subtotal + tax, 2)
