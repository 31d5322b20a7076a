# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

prices_usd = {"laptop": 1299.0, "monitor": 189.0, "cable": 7.25}
currencies = ["EUR", "GBP", "JPY", "CHF"]
rates = dict(zip(currencies, await asyncio.gather(*(get_exchange_rate("USD", c) for c in currencies))))
table = {item: {c: round(p * r, 2) for c, r in rates.items()} for item, p in prices_usd.items()}
try:
    await get_exchange_rate("USD", "XYZ")
except Exception as e:
    print("error:", e)
cheapest_currency = min(rates, key=rates.get)
print(f"laptop in JPY: {table['laptop']['JPY']:,.0f}")
{"rates": rates, "table": table, "cheapest": cheapest_currency}
