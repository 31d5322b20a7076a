# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
calls_made = 0
log = []

async def tracked_weather(city):
    global calls_made
    calls_made += 1
    try:
        w = await fetch_weather(city, days=2)
        return w["temps"]
    except Exception as e:
        log.append(f"{city}: {e}")
        return []

def bump(n):
    global calls_made
    calls_made += n

temps = {}
for city in ["Paris", "Atlantis", "Tokyo"]:
    temps[city] = await tracked_weather(city)
bump(100)
print(log)
{"calls": calls_made, "temps": temps}
