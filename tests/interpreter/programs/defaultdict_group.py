# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from collections import defaultdict

users = await list_users(limit=30)
by_team = defaultdict(list)
score_by_team = defaultdict(int)
for u in users:
    by_team[u["team"]].append(u["id"])
    score_by_team[u["team"]] += u["score"]
tags = defaultdict(set)
for u in users:
    for t in u["tags"]:
        tags[t].add(u["team"])
avg = {team: round(score_by_team[team] / len(ids), 1) for team, ids in sorted(by_team.items())}
print(avg)
{"avg": avg, "tags": {t: sorted(teams) for t, teams in sorted(tags.items())}, "sizes": {k: len(v) for k, v in by_team.items()}}
