# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
cities = ["paris", "tokyo", "berlin"]
forecasts = [await fetch_weather(c, days=4) for c in cities]
days = ["Mon", "Tue", "Wed", "Thu"]
print("      " + "".join(f"{d:>6}" for d in days))
for i, f in enumerate(forecasts, start=1):
    print(f"{i}. {f['city'][:3]:<3}" + "".join(f"{t:>6}" for t in f["temps"]))
hottest_day = {f["city"]: days[f["temps"].index(max(f["temps"]))] for f in forecasts}
columns = list(zip(*[f["temps"] for f in forecasts]))
{"hottest": hottest_day, "daily_max": [max(c) for c in columns], "pairs": list(zip(cities, days, strict=False))}
