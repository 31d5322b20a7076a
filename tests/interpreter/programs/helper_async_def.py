# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

async def user_summary(user_id):
    user = await get_user(user_id)
    orders = await list_orders(user_id)
    spent = sum(o["quantity"] * o["unit_price"] for o in orders)
    return {"name": user["name"], "orders": len(orders), "spent": round(spent, 2)}

async def team_summary(team):
    members = await list_users(team=team, limit=5)
    summaries = await asyncio.gather(*(user_summary(m["id"]) for m in members))
    return team, sorted(summaries, key=lambda s: -s["spent"])

results = await asyncio.gather(team_summary("search"), team_summary("billing"))
for team, summaries in results:
    print(team, [s["name"] for s in summaries])
dict(results)
