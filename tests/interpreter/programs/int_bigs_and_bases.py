# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
n = 2 ** 200
print(n, len(str(n)), n.bit_length(), (n - 1).bit_count() if hasattr(n, "bit_count") else 0, n // 3**50, n % 97)
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"), int("-0x1f", 16), int("z", 36), int("0o17", 0))
print(f"{n:x}"[:10], f"{n:e}", format(n, ","), str(-n)[:8], hex(-255), bin(0), oct(-8), (-7).bit_length())
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, fact // 10**20, divmod(fact, 10**9), fact ** 0 , pow(7, 100, 13), pow(3, -2), (-8) ** (1/3))
print(10**18 + 1 == 10**18 + 1.0, 2**53 + 1 == float(2**53 + 1), 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e308 * 10, -1e308 * 10)
print(7 // -2, -7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, 2 ** -1, 0 ** 0, (-2) ** 3, -2 ** 2, 10 / 4, 10 // 4.0)
print(abs(-0.0), max(-0.0, 0.0), min(0.0, -0.0), float("-inf") < -1e308, int(1e20), int(-1.5), int(2.5), round(-2.5), round(0.125, 2), round(0.375, 2))
print((3).real, True * 10, False - 1, int(True), 1 == 1.0, hash(1) == hash(1.0), {1: "a", 1.0: "b"})
x = 1234567890123456789
x, x * x, -x // 7, x % -7, x.bit_length(), str(x)[::-1]
