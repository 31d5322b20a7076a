# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from collections import deque, defaultdict
deps = {
    "app": ["web", "db", "auth"],
    "web": ["http", "templates"],
    "auth": ["db", "crypto"],
    "db": ["driver"],
    "http": [], "templates": ["strings"], "crypto": [], "driver": [], "strings": [],
}
def topo(graph):
    indeg = defaultdict(int)
    for node, ds in graph.items():
        indeg.setdefault(node, 0)
        for d in ds:
            indeg[node] += 1
    users_of = defaultdict(list)
    for node, ds in graph.items():
        for d in ds:
            users_of[d].append(node)
    ready = deque(sorted(n for n, k in indeg.items() if k == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users_of[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    return order
def bfs_levels(graph, root):
    levels, seen, frontier = [], {root}, [root]
    while frontier:
        levels.append(frontier)
        nxt = []
        for n in frontier:
            for d in graph[n]:
                if d not in seen:
                    seen.add(d)
                    nxt.append(d)
        frontier = nxt
    return levels
order = topo(deps)
print(" -> ".join(order))
for depth, level in enumerate(bfs_levels(deps, "app")):
    print(f"{'  ' * depth}{depth}: {', '.join(level)}")
leaves = sorted(n for n, d in deps.items() if not d)
order.index("app") == len(order) - 1, leaves, {n: len(d) for n, d in deps.items() if d}
