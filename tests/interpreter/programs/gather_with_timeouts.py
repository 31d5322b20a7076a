# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

async def fetch_city(city):
    return await fetch_weather(city, days=1)

cities = ["paris", "tokyo", "lima"]
forecasts = await asyncio.gather(*[asyncio.wait_for(fetch_city(c), timeout=5) for c in cities])
slow = await asyncio.gather(
    asyncio.wait_for(slow_echo("fast"), timeout=5),
    asyncio.wait_for(slow_echo("slow", delay=5), timeout=0.01),
    return_exceptions=True,
)
print([f["city"] for f in forecasts])
{"temps": {f["city"]: f["temps"][0] for f in forecasts}, "slow": [r if isinstance(r, str) else type(r).__name__ for r in slow]}
