# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

task_a = asyncio.create_task(get_user(10))
task_b = asyncio.create_task(list_orders(10))
weather_task = asyncio.create_task(fetch_weather("lima"))
user = await task_a
orders = await task_b
print(user["name"], len(orders))
weather = await weather_task
tasks = [asyncio.create_task(get_order(i)) for i in (30, 31, 32)]
done = [await t for t in tasks]
{"user": user["id"], "orders": [o["id"] for o in orders], "city": weather["city"], "done": [o["item"] for o in done], "task_done": task_a.done()}
