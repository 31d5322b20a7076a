# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]

def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        yield best

users = await list_users(limit=10)
ids = [u["id"] for u in users]
batches = list(chunks(ids, 4))
maxes = list(running_max(u["score"] for u in users))
{"batches": batches, "maxes": maxes}
