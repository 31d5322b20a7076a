# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
values = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16, 1e-7, 123456789.123456789, 0.1 + 0.2]
print([round(v) for v in values[:5]])
print(round(2.675, 2), round(-2.5), round(3.14159, 3), round(1234.5, -1), round(1250, -2), round(-1350, -2))
print(values[6:], 1e22, 1.0e-5, 100.0, float("inf"), -float("inf"), 2**0.5)
print(divmod(-7, 3), divmod(7, -3), -7 // 3, -7 % 3, 7 % -3, divmod(-7.5, 2))
print(2**100, -(2**64) // 3, (2**64) % 1000, int("  -42 "), int("ff", 16), int("0b101", 0), int("1_000"))
print(float("1e3"), float(" -2.5 "), 7 / 2, 7 // 2, -7 / 2, 3 * 1.1, 0.1 * 3, 1 / 3)
print(abs(-3), abs(-2.5), pow(3, 4, 5), pow(2, -1), 10 ** -2, True + True, 5 // 0.3)
print(int(3.99), int(-3.99), float(10**20), 10**20 / 3, hex(255), oct(8), bin(-5))
print(max(3, 7.5, -1), min([], default="none"), sum([0.1] * 10), sum([1, 2], start=10))
x = 1234567.891
print(f"{x:,.2f} {x:e} {x:.3g} {x:015.3f} {-x:+,.1f} {x:_.0f} {12:b} {0.000123:.2e}")
[1.1 + 2.2, 3.3 - 1.1, 1e300 * 10, 10 ** 15 + 0.5, 5e-324]
