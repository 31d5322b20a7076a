# Attacks: 3-argument pow with a max-size modulus and exponent.
# Held: a clean PtcError or a quick result.
m = (1 << 4095) - 1
total = 0
for i in range(20_000):
    total ^= pow(3 + i, m, m)
total
