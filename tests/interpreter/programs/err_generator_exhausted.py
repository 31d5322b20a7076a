# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def pages(n):
    for i in range(n):
        yield {"page": i, "items": list(range(i * 3, i * 3 + 3))}

it = pages(2)
first = next(it)
second = next(it)
print(first["items"], second["items"])
third = next(it, None)["page"]
