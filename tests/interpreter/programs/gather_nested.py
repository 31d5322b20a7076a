# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

async def team_report(team):
    members = await list_users(team=team, limit=3)
    orders = await asyncio.gather(*[list_orders(m["id"], status="shipped") for m in members])
    return {m["name"]: len(o) for m, o in zip(members, orders)}

async def all_reports():
    teams = ["platform", "search", "billing", "growth"]
    reports = await asyncio.gather(*[team_report(t) for t in teams])
    return dict(zip(teams, reports))

reports = await all_reports()
totals = {team: sum(r.values()) for team, r in reports.items()}
print(totals)
{"reports": reports, "busiest": max(totals, key=totals.get)}
