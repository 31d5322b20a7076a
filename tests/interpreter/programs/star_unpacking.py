# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
first, *middle, last = [1, 2, 3, 4, 5]
(a, b), c = (10, 20), 30
head, *tail = "abc"

def summarize(title, *values, sep=", ", **options):
    text = sep.join(str(v) for v in values)
    extras = " ".join(f"{k}={v}" for k, v in sorted(options.items()))
    return f"{title}: {text} [{extras}]"

args = [1, 2, 3]
opts = {"unit": "ms", "precision": 2}
s1 = summarize("times", *args, *[4, 5], sep="/", **opts)
s2 = summarize("none")
merged = [*args, *range(3), *"xy"]
combined = {**opts, "unit": "s", **{"extra": True}}
pairs = [(k, v) for k, v in combined.items()]
for i, (k, v) in enumerate(pairs):
    print(i, k, v)
{"first": first, "middle": middle, "last": last, "abc": (a, b, c), "head": head, "tail": tail, "s1": s1, "s2": s2, "merged": merged, "combined": combined}
