# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
nested = [[1, 2], [3], [], [4, 5, 6]]
flat = sum(nested, [])
total = sum([0.1] * 10)
start = sum(range(5), 100)
items = {"b": 2, "a": 1, "c": 3}
print(sorted(items), sorted(items.values()), sorted(items.items(), key=lambda kv: kv[1], reverse=True))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20, 30])), list(filter(None, [0, 1, "", "a", None, []])))
print(any([]), all([]), min("hello"), max([3, 1, 2], key=lambda v: -v))
pairs = list(zip("abc", range(3), strict=True))
it = iter([1, 2, 3])
first = next(it)
rest = list(it)
after = next(it, "exhausted")
{"flat": flat, "total": total, "start": start, "pairs": pairs, "first": first, "rest": rest, "after": after, "len": [len("abc"), len(items), len(range(0, 10, 3))], "reversed": list(reversed(range(4))), "enum": list(enumerate("xy", 5)), "abs": [abs(-3), abs(-2.5)], "round": round(3.14159, 3), "divmod": divmod(17, 5), "ord": [ord(c) for c in "AZ"], "chr": "".join(chr(c) for c in range(97, 100)), "bool": [bool(0), bool("x")], "format": format(1234.5, ",.1f"), "hex": hex(4096), "isinstance": isinstance([], (list, tuple))}
