# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = [await get_user(i) for i in range(4, 12)]
tree = {}
for u in users:
    team = tree.setdefault(u["team"], {"members": [], "managers": set(), "tags": {}})
    team["members"].append({"id": u["id"], "name": u["name"]})
    if u["manager_id"] is not None:
        team["managers"].add(u["manager_id"])
    for t in u["tags"]:
        team["tags"][t] = team["tags"].get(t, 0) + 1

def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else str(k)
        if isinstance(v, dict):
            out.update(flatten(v, key))
        elif isinstance(v, (list, tuple)):
            out[key] = len(v)
        elif isinstance(v, set):
            out[key] = sorted(v)
        else:
            out[key] = v
    return out

flat = flatten(tree)
for k in sorted(flat)[:6]:
    print(k, "=", flat[k])
flat
