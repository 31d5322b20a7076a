# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
import json

MAX_USERS = 6


async def fetch_profile(user_id: int) -> dict:
    """Fetch a user and their delivered orders."""
    user = await get_user(user_id)
    orders = await list_orders(user_id, status="delivered")
    return {"name": user["name"], "team": user["team"], "delivered": len(orders)}


async def main():
    print("Fetching profiles...", flush=True)
    tasks = [asyncio.create_task(fetch_profile(uid)) for uid in range(1, MAX_USERS + 1)]
    profiles = await asyncio.gather(*tasks)
    summary = {}
    for p in profiles:
        team = summary.setdefault(p["team"], {"members": 0, "delivered": 0})
        team["members"] += 1
        team["delivered"] += p["delivered"]
    print(json.dumps(summary, indent=2))
    return {"profiles": profiles, "summary": summary}


result = await main()
result
