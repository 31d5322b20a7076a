# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

cities = ["Paris", "London", "Gotham", "Tokyo", "Narnia"]
results = await asyncio.gather(*[fetch_weather(c, days=3) for c in cities], return_exceptions=True)
report = {}
failures = []
for city, res in zip(cities, results):
    if isinstance(res, Exception):
        failures.append(f"{city}: {res}")
        continue
    report[city] = {"avg": round(sum(res["temps"]) / len(res["temps"]), 1), "condition": res["condition"]}
for city, info in report.items():
    print(f"{city:<8} {info['avg']:>5.1f}C {info['condition']}")
print("failed:", failures)
warmest = max(report, key=lambda c: report[c]["avg"])
{"report": report, "warmest": warmest, "failed": len(failures)}
