# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import re
users = await list_users(limit=40)
index = {}
for u in users:
    for token in re.split(r"[\s#]+", u["name"].lower()) + [u["team"], *u["tags"]]:
        if token:
            index.setdefault(token, set()).add(u["id"])
def find(*terms, mode="all"):
    sets = [index.get(t.lower(), set()) for t in terms]
    if not sets:
        return []
    combined = set.intersection(*sets) if mode == "all" else set.union(*sets)
    return sorted(combined)
print(find("ada"), find("platform", "beta"), find("admin", "oncall", mode="any")[:6], find("nobody"))
print(sorted(index)[:8], len(index))
managers = {u["manager_id"] for u in users if u["manager_id"] is not None}
print(sorted(managers)[:5], len(managers), max(managers), 1 in managers)
team_tags = {}
for u in users:
    team_tags.setdefault(u["team"], {}).update({t: team_tags.get(u["team"], {}).get(t, 0) + 1 for t in u["tags"]})
team_tags, {t: len(find(t)) for t in ["admin", "beta", "oncall"]}
