# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
from collections import defaultdict, Counter
from statistics import mean, median, pstdev

users = await list_users(limit=40)
by_team = defaultdict(list)
for u in users:
    by_team[u["team"]].append(u)

lines = []
for team, members in sorted(by_team.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    scores = [m["score"] for m in members]
    lines.append(f"{team:<10}|{len(members):>3}|{mean(scores):>7.2f}|{median(scores):>6}|{pstdev(scores):8.3f}")
print("\n".join(lines))
tags = Counter(t for u in users for t in u["tags"])
print(tags.most_common(2), sorted(tags.elements())[:4])
print(f"{'total':=^30}")
active_ratio = sum(u["active"] for u in users) / len(users)
print(f"{active_ratio:.1%} {active_ratio!r} {round(active_ratio, 2)}")
{team: [m["id"] for m in ms][:3] for team, ms in by_team.items()}
