# Attacks: Decimal(2) ** 10**9, Decimal('1.0000001') ** 10**18 and 1e999999999 + 1, to_integral of
# 1e999999, quantize to 1e-999999: exponents that libmpdec must not expand.
# Held: a value or a clean error, fast.
import decimal
decimal.getcontext().traps[decimal.Overflow] = False
D = decimal.Decimal
out = [D(2) ** 10**9, D("1.0000001") ** 10**18, D("1e999999999") + 1, D("1e999999").to_integral_value()]
try:
    D("1.5").quantize(D("1e-999999"))
except decimal.InvalidOperation as e:
    out.append("invalid")
[str(x) for x in out[:4]] + out[4:]
