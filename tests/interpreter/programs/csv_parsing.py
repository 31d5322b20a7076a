# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
raw = """date,region,units,price
2024-01-03,north,12,3.50
2024-01-03,south,7,3.75
2024-01-04,north,,3.50
2024-01-04,east,20,3.10
2024-01-05,south,9,abc
2024-01-05,north,4,3.60"""

header, *lines = raw.strip().splitlines()
columns = header.split(",")
rows, errors = [], []
for lineno, line in enumerate(lines, start=2):
    record = dict(zip(columns, line.split(",")))
    try:
        record["units"] = int(record["units"])
        record["price"] = float(record["price"])
    except ValueError as e:
        errors.append((lineno, str(e)))
        continue
    rows.append(record)
revenue = {}
for r in rows:
    revenue[r["region"]] = revenue.get(r["region"], 0) + r["units"] * r["price"]
print(errors)
{"rows": len(rows), "revenue": {k: round(v, 2) for k, v in sorted(revenue.items())}}
