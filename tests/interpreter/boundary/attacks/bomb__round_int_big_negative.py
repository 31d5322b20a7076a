# Attacks: round() of an int with ndigits -10**6 (10**(10**6) is built natively).
# Held: a clean PtcError or result quickly.
out = 0
for i in range(100):
    out += round(10**1000 + i, -1_000_000)
out
