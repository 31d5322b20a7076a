# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset

inc, reset = make_counter(10, 5)
seq = [inc(), inc(), inc()]
reset()
seq.append(inc())

def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 5)]

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

pipeline = compose(str, lambda n: n + 1, lambda n: n * 2)
async def cached_fetch():
    cache = {}
    async def get(uid):
        if uid not in cache:
            cache[uid] = await get_user(uid)
        return cache[uid]
    names = [(await get(u))["name"] for u in [1, 2, 1, 1, 2]]
    return names, len(cache)

{"seq": seq, "mult": [m(3) for m in make_multipliers()], "pipeline": pipeline(20), "cached": await cached_fetch()}
