# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from collections import defaultdict

async def load_scores(team: str, limit: int = 10) -> dict[str, int]:
    members: list[dict] = await list_users(team=team, limit=limit)
    scores: dict[str, int] = {}
    for m in members:
        scores[m["name"]] = m["score"]
    return scores

totals: dict[str, float] = defaultdict(float)
teams: tuple[str, ...] = ("platform", "growth")
for team in teams:
    scores = await load_scores(team, limit=4)
    totals[team] += sum(scores.values()) / max(len(scores), 1)
count: int
count = len(totals)
{"totals": dict(totals), "count": count}
