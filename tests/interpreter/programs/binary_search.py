# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def bisect_left(values, target):
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

users = await list_users(limit=25)
scores = sorted(u["score"] for u in users)
queries = [0, 13, 50, 74, 100, 101]
positions = [bisect_left(scores, q) for q in queries]
percentiles = {q: round(100 * p / len(scores)) for q, p in zip(queries, positions)}
print(scores)
{"positions": positions, "percentiles": percentiles}
