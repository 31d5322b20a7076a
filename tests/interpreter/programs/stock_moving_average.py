# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
from collections import deque
symbols = ["ACME", "GLOBEX", "INITECH", "UMBRELLA"]
quotes = dict(zip(symbols, await asyncio.gather(*(get_stock_price(symbol=s) for s in symbols))))
def moving_average(values, window):
    buf, out = deque(maxlen=window), []
    for v in values:
        buf.append(v)
        out.append(round(sum(buf) / len(buf), 3))
    return out
def pct_change(a, b):
    return (b - a) / a * 100
report = {}
for sym, q in quotes.items():
    h = q["history"]
    changes = [pct_change(a, b) for a, b in zip(h, h[1:])]
    report[sym] = {
        "ma3": moving_average(h, 3),
        "best_day": max(range(len(changes)), key=lambda i: changes[i]) + 1,
        "total": f"{pct_change(h[0], h[-1]):+.2f}%",
        "trend": "up" if h[-1] > h[0] else "down" if h[-1] < h[0] else "flat",
    }
    print(f"{sym:<9}{q['price']:>8.2f} {report[sym]['total']:>8} {report[sym]['trend']:<4} {' '.join(f'{c:+.1f}' for c in changes)}")
winners = [s for s, r in report.items() if r["trend"] == "up"]
winners, report["ACME"]
