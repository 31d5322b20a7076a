# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
values = [0, 7, 255, -42, 1024, 10**12 + 7]
table = [(v, bin(v), hex(v), oct(v)) for v in values]
for row in table[:3]:
    print(*row, sep=" | ")
q, r = divmod(-17, 5)
rounded = [round(x) for x in (0.5, 1.5, 2.5, -0.5, 2.675)]
rounded2 = [round(2.675, 2), round(1234.5678, -2), round(7, 1)]
{"table": table, "divmod": (q, r), "pow": pow(3, 200, 1000), "pow2": pow(2, -2), "rounded": rounded, "rounded2": rounded2, "int": [int("ff", 16), int("0b101", 0), int(" 42 "), int(-3.9)], "float": float("1e-3"), "abs": abs(-7.5), "big": 2 ** 100, "chr": [chr(65), ord("z")], "true_div": 7 / 2, "floor_div": -7 // 2}
