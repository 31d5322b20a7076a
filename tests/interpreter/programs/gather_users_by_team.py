# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
users = await asyncio.gather(*[get_user(i) for i in range(1, 13)])
active = [u for u in users if u["active"]]
by_team = {}
for u in active:
    by_team.setdefault(u["team"], []).append(u["name"])
{team: sorted(names) for team, names in sorted(by_team.items())}
