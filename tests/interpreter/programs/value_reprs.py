# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
values = [
    0.1 + 0.2, 1e16, 1e-5, 123456789.123, -0.0, 2.0, 1 / 3, float("inf"), -float("inf"),
    10**20, -7, True, None, "it's", 'say "hi"', "tab\there", "new\nline", "back\\slash", "é ü 日本",
    b"bytes\x00\xff", (1,), (), [], {}, set(), frozenset(), {(1, 2): "tuple key", 3: [None]},
    [1, [2, [3, [4]]]], {"nested": {"a": [1.5, "x"]}}, range(3), range(1, 10, 2),
]
for v in values:
    print(repr(v), str(v))
print(values[:5], sep=" | ")
print(1, "two", 3.0, None, sep=", ", end=".\n")
print()
print("no newline", end="")
print(" continued")
[repr(v) for v in values]
