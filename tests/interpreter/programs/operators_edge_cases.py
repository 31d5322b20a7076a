# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
r = 0
print(1 < 2 < 3, 3 > 2 > 2, 0 or [] or "x", 1 and 0, None is None, r is not None, [] == [], "a" in {"a": 1}, "bc" in "abcd")
print(-7 // 2, -7 % 2, 7 // -2, 7.5 // 2, -7.5 % 2, 2 ** -1, True + True, divmod(-7, 2), divmod(7.5, 2), round(-0.5), round(0.5), round(1.5))
print(int(True), str(1e100), float("inf"), -float("inf"), 1e300 * 1e10, 10 / 4, 10 // 4, 3 * "ab", [0] * 3, "-" * -1)
