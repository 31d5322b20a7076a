# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def read_orders(ids):
    for i in ids:
        yield {"id": i, "amount": (i * 37) % 100 + 0.5}

def only_large(orders, threshold):
    for o in orders:
        if o["amount"] >= threshold:
            yield o

def chunks(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

def countdown(n):
    while n > 0:
        received = yield n
        n -= 1 if received is None else received

pipeline = only_large(read_orders(range(1, 30)), 50)
batches = [[o["id"] for o in b] for b in chunks(pipeline, 4)]
gen = countdown(10)
seen = [next(gen), gen.send(3), gen.send(None), next(gen)]
def delegator():
    yield "start"
    r = yield from sub()
    yield f"sub returned {r}"
def sub():
    yield 1
    yield 2
    return "done"
print(batches, seen, list(delegator()))
squares = (x * x for x in range(6))
print(next(squares), sum(squares), list(squares))
total = sum(o["amount"] for o in read_orders(range(5)))
total, list(zip(*[iter(range(7))] * 2))
