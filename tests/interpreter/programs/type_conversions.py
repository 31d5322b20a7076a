# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
quote = await get_stock_price("INIT")
values = ["12", "3.5", "-7", "1e3", "nan?", "", "0x1F"]
parsed = []
for v in values:
    try:
        parsed.append(int(v))
    except ValueError:
        try:
            parsed.append(float(v))
        except ValueError:
            parsed.append(None)
flags = [bool(x) for x in (0, 1, "", "0", [], [0], None, 0.0)]
{"parsed": parsed, "flags": flags, "str": [str(1.0), str(10**20), str(-0.0), str(True), str(None)], "repr": [repr("it's"), repr('say "hi"'), repr(1e-7), repr([1, "a", None])], "list": list("abc"), "tuple": tuple([1, 2]), "dict": dict([("a", 1), ("b", 2)]), "price": str(quote["price"]), "isinstance": [isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance("x", str)], "type": [type(x).__name__ for x in (1, 1.5, "s", [], {}, (), None, True)]}
