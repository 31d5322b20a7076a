# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
employees = [await get_user(i) for i in range(1, 17)]
children = {}
for e in employees:
    children.setdefault(e["manager_id"], []).append(e["id"])

def render(node_id, depth=0, lines=None):
    if lines is None:
        lines = []
    lines.append("  " * depth + f"- {node_id}")
    for child in sorted(children.get(node_id, [])):
        render(child, depth + 1, lines)
    return lines

def depth_of(node_id):
    kids = children.get(node_id, [])
    return 1 + max((depth_of(k) for k in kids), default=0)

roots = sorted(children.get(None, []))
lines = []
for r in roots:
    render(r, 0, lines)
print("\n".join(lines[:8]))
{"roots": roots, "depths": {r: depth_of(r) for r in roots}, "count": len(lines)}
