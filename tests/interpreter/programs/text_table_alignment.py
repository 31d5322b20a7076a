# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
rows = [("Region", "Q1", "Q2", "Q3", "Q4"), ("North", 1200.5, 980, 1430.25, 1600), ("South", 850, 910.75, 700, 1200.1), ("East-West Corridor", 0, 15.5, 7, 1e4)]
header, *data = rows
totals = ["Total", *[sum(r[i] for r in data) for i in range(1, 5)]]
widths = [max(len(f"{r[i]:,.2f}" if isinstance(r[i], (int, float)) else r[i]) for r in rows + [totals]) for i in range(5)]
def fmt(row):
    cells = []
    for i, v in enumerate(row):
        if isinstance(v, str):
            cells.append(v.ljust(widths[i]) if i == 0 else v.rjust(widths[i]))
        else:
            cells.append(f"{v:>{widths[i]},.2f}")
    return "| " + " | ".join(cells) + " |"
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep, fmt(header), sep.replace("-", "="), *map(fmt, data), sep, fmt(totals), sep, sep="\n")
share = {r[0]: f"{sum(r[1:]) / sum(totals[1:]):.1%}" for r in data}
print(share)
best_q = max(range(1, 5), key=lambda i: totals[i])
f"Q{best_q}", widths, "%-10s|%10.1f" % (data[0][0], totals[best_q])
