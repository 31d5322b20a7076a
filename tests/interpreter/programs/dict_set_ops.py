# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
a = await list_users(team="search")
b = await list_users(team="billing", limit=5)
ids_a = {u["id"] for u in a}
ids_b = {u["id"] for u in b}
evens = set(range(0, 41, 2))
print(sorted(ids_a & evens), sorted(ids_a - evens)[:3], len(ids_a | ids_b), sorted(ids_a ^ evens)[:4])
print(ids_a.isdisjoint(ids_b), {1, 2} <= {1, 2, 3}, frozenset([1, 2]) == {2, 1})
defaults = {"retries": 3, "timeout": 10, "verbose": False}
overrides = {"timeout": 30, "verbose": True}
config = defaults | overrides
config2 = dict(defaults)
config2.update(overrides, extra=1)
keys = list(config.keys())
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
s = set()
for x in [3, 1, 3, 2, 1]:
    s.add(x)
s.discard(2)
{"config": config, "config2": config2, "keys": keys, "inverted": inverted, "s": s, "frozen": frozenset({1, 2}) | {3}, "get": config.get("missing", "n/a"), "len": len(ids_a)}
