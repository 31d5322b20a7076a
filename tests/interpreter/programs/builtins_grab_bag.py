# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
vals = [3, "x", 2.5, None, [1], (2,), {"a": 1}, {1}, True, b"b", range(2)]
print([isinstance(v, int | float) for v in vals])
print([isinstance(v, (list, tuple)) for v in vals], [type(v) is int for v in vals], [callable(v) for v in (len, 3, str, lambda: 0)])
print(any(x > 2 for x in [1, 2, 3]), all([]), any([]), all(x for x in [1, "", 2]), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(zip("ab", range(5))), list(enumerate("xy", start=5)), list(reversed({"a": 1, "b": 2})))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(iter(()), None))
print(ascii("é"), chr(9731), ord("€"), bool([]), bool([0]), bool(0.0), bool("0"), str(None), int("007"), float(".5"))
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (10).to_bytes(1, "big").hex(), bytes.fromhex("41 42"), "hi".encode())
print(hash("a") == hash("a"), len({1, 1.0, True}), sorted({3, 1, 2}, reverse=True), sum([[1], [2]], []), sum((0.5, 0.25)), round(7.0), round(7.5), round(8.5))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("zip:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("sum:", e)
lst = [5, 3, 8]
lst.extend((1, 2)); lst.insert(0, 9); lst.insert(-1, 7); lst.remove(8); lst.sort(reverse=True)
c = lst.copy(); c.clear()
print(lst, c, lst.count(5), lst.index(3), lst.pop(0), lst.pop(-2), lst, lst * 0, [] == [], [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(max(["apple", "fig", "banana"], key=len), min("hello"), divmod(17, 5), pow(2, 10), abs(-7 + 0), type(1 == 1).__name__, "".join(reversed("stressed")))
print(format(3.14159, ".2f"), format(42), format("x", "^5"), repr(format(0.1, "")), str(10**-5), repr(1e-5), 1_000.5, 0x1F, 0o17, 0b11)
list(map(str.upper, ["a", "b"])), list(map(int, "123")), dict(enumerate("ab")), list(zip(*[(1, "a"), (2, "b")]))
