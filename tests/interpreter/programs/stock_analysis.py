# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

symbols = ["ACME", "GLOBX", "INIT", "ZETA"]
quotes = await asyncio.gather(*[get_stock_price(s) for s in symbols])

def pct_change(history):
    return round((history[-1] - history[0]) / history[0] * 100, 2)

def moving_average(values, n):
    return [round(sum(values[i:i + n]) / n, 2) for i in range(len(values) - n + 1)]

analysis = []
for q in quotes:
    h = q["history"]
    analysis.append({
        "symbol": q["symbol"],
        "change": pct_change(h),
        "ma3": moving_average(h, 3),
        "trend": "up" if h[-1] > h[0] else "down" if h[-1] < h[0] else "flat",
    })
analysis.sort(key=lambda a: a["change"], reverse=True)
for a in analysis:
    print(f"{a['symbol']:<6}{a['change']:>+8.2f}% {a['trend']}")
analysis
