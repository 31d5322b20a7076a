# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import json
payload = {
    "user": await get_user(user_id=11),
    "orders": await list_orders(user_id=11, status="pending"),
    "meta": {"version": 2, "flags": {"beta": True, "dark": None}, "tags": []},
}
def flatten(obj, prefix=""):
    if isinstance(obj, dict):
        if not obj:
            yield prefix, {}
        for k, v in obj.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else str(k))
    elif isinstance(obj, list):
        if not obj:
            yield prefix, []
        for i, v in enumerate(obj):
            yield from flatten(v, f"{prefix}[{i}]")
    else:
        yield prefix, obj
flat = dict(flatten(payload))
for key in sorted(flat)[:12]:
    print(f"{key:<28} = {json.dumps(flat[key])}")
def unflatten_keys(keys):
    tree = {}
    for key in keys:
        node = tree
        for part in key.replace("[", ".[").split("."):
            node = node.setdefault(part, {})
    return tree
types = {type(v).__name__ for v in flat.values()}
len(flat), sorted(types), list(unflatten_keys(["a.b", "a.c[0]", "d"]).items()), json.dumps(payload["meta"], separators=(",", ":"), sort_keys=True)
