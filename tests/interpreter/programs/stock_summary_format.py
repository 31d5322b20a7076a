# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
data = await get_stock_price("ACME")
hist = data["history"]
changes = [round((b - a) / a * 100, 2) for a, b in zip(hist, hist[1:])]
best_day = max(range(len(changes)), key=lambda i: changes[i])
summary = f"{data['symbol']}: {hist[0]:.2f} → {hist[-1]:.2f} ({(hist[-1] / hist[0] - 1):+.1%}), best day #{best_day + 1} ({changes[best_day]:+.2f}%)"
print(summary)
