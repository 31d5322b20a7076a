# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(limit=40)
children = {}
for u in users:
    children.setdefault(u["manager_id"], []).append(u["id"])
def depth(uid):
    kids = children.get(uid, [])
    return 1 + max((depth(k) for k in kids), default=0)
def render(uid, indent=0, out=None):
    out = [] if out is None else out
    out.append("  " * indent + f"- {uid}")
    for k in sorted(children.get(uid, [])):
        render(k, indent + 1, out)
    return out
roots = children[None]
print(roots, [depth(r) for r in roots])
print("\n".join(render(1)))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
def permutations(items):
    if len(items) <= 1:
        return [items]
    return [[items[i]] + p for i in range(len(items)) for p in permutations(items[:i] + items[i + 1:])]
def hanoi(n, a="A", b="B", c="C"):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(list(flatten([1, [2, (3, [4])], [], 5])), len(permutations([1, 2, 3, 4])), hanoi(3)[:4], len(hanoi(6)))
def ackermann_small(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann_small(m - 1, 1)
    return ackermann_small(m - 1, ackermann_small(m, n - 1))
ackermann_small(2, 3), sum(depth(r) for r in roots)
