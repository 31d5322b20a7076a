def f(x: dict[str, int]) -> list[tuple[int, int]]:
    return [(1, 2)]
f({})
# expect: [(1, 2)]
