# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import statistics

weather = [await fetch_weather(c, days=5) for c in ["paris", "tokyo", "lima"]]
summary = {}
for w in weather:
    temps = w["temps"]
    summary[w["city"]] = {
        "mean": statistics.mean(temps),
        "median": statistics.median(temps),
        "stdev": round(statistics.stdev(temps), 4),
        "pstdev": round(statistics.pstdev(temps), 4),
        "range": max(temps) - min(temps),
    }
all_temps = [t for w in weather for t in w["temps"]]
print(f"overall mean {statistics.mean(all_temps):.2f}, mode {statistics.mode(all_temps)}")
summary
