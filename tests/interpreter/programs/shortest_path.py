# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}

def dijkstra(graph, source):
    dist = {node: float("inf") for node in graph}
    prev = {}
    dist[source] = 0
    unvisited = list(graph)
    while unvisited:
        current = min(unvisited, key=lambda n: dist[n])
        unvisited.remove(current)
        for neighbor, weight in graph[current].items():
            alt = dist[current] + weight
            if alt < dist[neighbor]:
                dist[neighbor] = alt
                prev[neighbor] = current
    return dist, prev

def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]

dist, prev = dijkstra(graph, "A")
print(" -> ".join(path_to(prev, "F")))
{"dist": dist, "path": path_to(prev, "F")}
