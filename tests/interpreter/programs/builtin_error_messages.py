# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def capture(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        return (type(e).__name__, str(e), repr(e), e.args)

cases = [
    lambda: {"a": 1}["b"],
    lambda: [1, 2][5],
    lambda: int("abc"),
    lambda: float("x1"),
    lambda: 1 / 0,
    lambda: 5 % 0,
    lambda: "a" + 1,
    lambda: None.upper(),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: "abc".index("z"),
    lambda: [1].index(9),
    lambda: int(None),
    lambda: len(5),
    lambda: next(iter([])),
    lambda: (1, 2).append(3),
    lambda: {1, 2}.remove(5),
    lambda: "x" * "y",
    lambda: sorted([1, "a"]),
    lambda: divmod(1, 0),
    lambda: max([]),
    lambda: tuple()[0],
    lambda: "%d" % "s",
    lambda: "{}{}".format(1),
    lambda: "{x}".format(y=1),
    lambda: int("12", 1),
    lambda: dict([(1, 2, 3)]),
    lambda: (lambda a, b: a)(1),
    lambda: (lambda a: a)(1, 2),
    lambda: (lambda: 0)(x=1),
    lambda: round("1"),
    lambda: abs("x"),
    lambda: ord("ab"),
    lambda: chr(-1),
]
for i, c in enumerate(cases):
    print(i, capture(c))
len(cases)
