# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
results = {}
async def enrich(uid):
    user = await get_user(uid)
    orders = await list_orders(user_id=uid)
    spend = sum(o["quantity"] * o["unit_price"] for o in orders)
    results[uid] = (user["name"], round(spend, 2), len(orders))
    return uid

async with asyncio.TaskGroup() as tg:
    tasks = [tg.create_task(enrich(uid)) for uid in range(1, 7)]
done = [t.result() for t in tasks]
print(done, all(t.done() for t in tasks))
ranked = sorted(results.items(), key=lambda kv: (-kv[1][1], kv[0]))
for uid, (name, spend, n) in ranked:
    print(f"{uid:02d} {name:<12} {spend:>10.2f} {n}")
outcomes = await asyncio.gather(get_user(3), get_user(0), get_order(17), return_exceptions=True)
kinds = [isinstance(o, ValueError) if isinstance(o, Exception) else o["id"] for o in outcomes]
print(kinds, [str(o) for o in outcomes if isinstance(o, BaseException)])
first = await asyncio.wait_for(slow_echo(value="fast", delay=0.01), timeout=1)
try:
    await asyncio.wait_for(slow_echo(value="slow", delay=5), timeout=0.05)
except asyncio.TimeoutError:
    first += "+timeout"
first, list(results)
