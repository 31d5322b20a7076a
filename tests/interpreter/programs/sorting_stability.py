# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
orders = [await get_order(i) for i in range(60, 72) if i % 10 != 7]
by_item = sorted(orders, key=lambda o: o["item"])
stable = sorted(by_item, key=lambda o: o["status"])
desc = sorted(orders, key=lambda o: (o["status"], -o["quantity"], o["id"]))
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
records.sort()
records.sort(key=lambda r: r[1], reverse=True)
tuples = sorted([(1, "b"), (1, "a"), (0, "z")])
mixed_case = sorted(["b", "A", "a", "B"])
{"stable": [(o["status"], o["item"], o["id"]) for o in stable], "desc": [o["id"] for o in desc], "records": records, "tuples": tuples, "mixed": mixed_case}
