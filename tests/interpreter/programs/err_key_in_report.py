# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(limit=5)
summary = {u["id"]: u["team"] for u in users}
print(summary)
totals = {}
for u in users:
    totals[u["team"]] = totals.get(u["team"], 0) + u["score"]
print(totals["marketing"])
