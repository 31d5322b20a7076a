# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(limit=30)
scores = sorted(((u["score"], u["name"]) for u in users), key=lambda t: (-t[0], t[1]))
ranked, prev, rank = [], None, 0
for i, (score, name) in enumerate(scores, start=1):
    if score != prev:
        rank, prev = i, score
    ranked.append((rank, name, score))
medals = {1: "gold", 2: "silver", 3: "bronze"}
for rank, name, score in ranked[:8]:
    print(f"{rank:>2}{'=' if sum(1 for r in ranked if r[0] == rank) > 1 else ' '} {name:<14}{score:>4} {medals.get(rank, '')}".rstrip())
buckets = {}
for _, name, score in ranked:
    buckets.setdefault(score // 25 * 25, []).append(name)
print({f"{k}-{k + 24}": len(v) for k, v in sorted(buckets.items(), reverse=True)})
percentile = lambda s: round(100 * sum(1 for _, _, x in ranked if x < s) / len(ranked), 1)
[percentile(s) for s in (0, 50, 100)], ranked[-1], len({r for r, _, _ in ranked})
