# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
from statistics import mean

CITIES = ["Paris", "London", "Tokyo", "Berlin", "Lima", "Gotham"]
THRESHOLDS = {"cold": 8, "mild": 15}

async def forecast(city):
    try:
        data = await fetch_weather(city=city, days=5)
    except Exception as exc:
        return {"city": city, "error": str(exc)}
    temps = data["temps"]
    return {"city": data["city"], "avg": mean(temps), "min": min(temps), "max": max(temps), "cond": data["condition"]}

def classify(avg):
    for label, limit in sorted(THRESHOLDS.items(), key=lambda kv: kv[1]):
        if avg < limit:
            return label
    return "warm"

reports = await asyncio.gather(*(forecast(c) for c in CITIES))
ok = [r for r in reports if "error" not in r]
bad = [r for r in reports if "error" in r]
for r in sorted(ok, key=lambda r: r["avg"]):
    bar = "#" * round(r["avg"])
    print(f"{r['city']:<8} {r['avg']:5.1f}°C {classify(r['avg']):>5} [{r['min']:>3},{r['max']:>3}] {r['cond']:<6} {bar}")
print(f"errors: {', '.join(r['city'] + ' (' + r['error'] + ')' for r in bad)}")
by_label = {}
for r in ok:
    by_label.setdefault(classify(r["avg"]), []).append(r["city"])
{"labels": by_label, "coldest": min(ok, key=lambda r: r["min"])["city"], "spread": round(max(r["max"] for r in ok) - min(r["min"] for r in ok), 1)}
