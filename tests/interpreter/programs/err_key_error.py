# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
weather = await fetch_weather("paris")
print(weather["city"])
summary = {"city": weather["city"], "wind": weather["wind_speed"]}
summary
